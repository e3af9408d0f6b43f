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

    public short[] joined() {
        short[] all = new short[total];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
