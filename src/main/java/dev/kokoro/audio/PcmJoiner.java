package dev.kokoro.audio;

import java.util.ArrayList;
import java.util.List;

/** Collects the PCM of a synthesis chunk by chunk and hands it back as one run of samples. One per response. */
public final class PcmJoiner {
    private final List<short[]> parts = new ArrayList<>();
    private int total;

    public void add(short[] samples) {
        parts.add(samples);
        total += samples.length;
    }

    public int length() {
        return total;
    }

    /**
     * Every sample added, back to back; the joiner is empty afterwards. Each part is let go once copied, so a long
     * synthesis is not held twice over while it is joined.
     */
    public short[] joined() {
        short[] all = new short[total];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            short[] part = parts.set(i, null);
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        parts.clear();
        total = 0;
        return all;
    }
}
