package dev.kokoro.testing;

import java.util.concurrent.TimeUnit;
import org.quicktheories.QuickTheory;

/**
 * The settings every property-based fuzz test ({@code *FuzzTest}) runs with, so that the whole fuzz suite stays
 * within about a minute in CI and fails the same way on every machine: a fixed seed, a fixed number of examples
 * per property and a time limit per property (whichever ends first), and a bounded search for the smallest failing
 * example. To fuzz harder locally, set either a system property or an environment variable:
 * <ul>
 *   <li>{@code kokoro.fuzz.seed} / {@code KOKORO_FUZZ_SEED}: a number (a failure prints the seed it ran with) or
 *       {@code random} for a new seed each run;</li>
 *   <li>{@code kokoro.fuzz.scale} / {@code KOKORO_FUZZ_SCALE}: multiplies every property's examples and time
 *       limit, e.g. 50 for an overnight run.</li>
 * </ul>
 * For example {@code KOKORO_FUZZ_SEED=random KOKORO_FUZZ_SCALE=20 mvn test -Dtest='*FuzzTest'}.
 */
public final class Fuzzing {
    /** The seed CI runs with. */
    private static final long CI_SEED = 20261127L;
    /** How long one property may run before it stops generating, on a machine shared by several builds. */
    private static final long SECONDS_PER_PROPERTY = 6;
    /** Shrinking a failure re-runs the property; this bounds how long a failing property takes to report. */
    private static final int SHRINK_CYCLES = 400;

    private Fuzzing() {
    }

    /** A theory that tries {@code examples} inputs (times the scale), within the time limit. */
    public static QuickTheory qt(int examples) {
        int scale = scale();
        return QuickTheory.qt().withFixedSeed(seed()).withExamples(examples * scale)
                .withTestingTime(SECONDS_PER_PROPERTY * scale, TimeUnit.SECONDS).withShrinkCycles(SHRINK_CYCLES);
    }

    private static long seed() {
        String value = setting("kokoro.fuzz.seed", "KOKORO_FUZZ_SEED");
        if (value == null) {
            return CI_SEED;
        }
        return value.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(value);
    }

    private static int scale() {
        String value = setting("kokoro.fuzz.scale", "KOKORO_FUZZ_SCALE");
        int scale = value == null ? 1 : Integer.parseInt(value);
        if (scale < 1) {
            throw new IllegalArgumentException("kokoro.fuzz.scale must be at least 1, was " + scale);
        }
        return scale;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
