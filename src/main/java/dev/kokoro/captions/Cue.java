package dev.kokoro.captions;

import java.util.List;

/** One caption on screen: its lines and when it shows, in seconds. */
public record Cue(double start, double end, List<String> lines) {
}
