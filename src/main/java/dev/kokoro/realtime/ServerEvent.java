package dev.kokoro.realtime;

import java.util.List;

/** What a session tells its client, in order; the api turns each into a frame. */
public sealed interface ServerEvent {
    /** @param binaryAudio whether audio goes in binary frames from now on */
    record SetupComplete(String sessionId, int sampleRate, boolean binaryAudio) implements ServerEvent {
    }

    /**
     * Audio of a turn: PCM, or the next bytes of the turn's encoded stream (which may hold no frame yet).
     *
     * @param samples how many samples went into it, for {@code audio_ms_sent}
     * @param words   the words heard in it, timed from the start of the turn's audio
     */
    record Audio(Turn turn, byte[] data, String mimeType, List<SpokenWord> words, long samples) implements ServerEvent {
    }

    record TurnComplete(Turn turn) implements ServerEvent {
    }

    /** The turns in progress were cancelled after this much of their audio had been handed to the client. */
    record Interrupted(long audioMsSent) implements ServerEvent {
    }

    record Pong() implements ServerEvent {
    }

    /** A message refused or a failure; the session goes on unless a {@link Close} follows. */
    record Error(String message, String code) implements ServerEvent {
    }

    /** The last event: the connection is closed with this RFC 6455 status code. */
    record Close(int code, String reason) implements ServerEvent {
    }

    /** A word and when it is heard, in seconds from the start of its turn's audio. */
    record SpokenWord(String word, double startTime, double endTime) {
    }
}
