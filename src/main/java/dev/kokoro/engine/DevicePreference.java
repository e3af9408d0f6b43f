package dev.kokoro.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the operator asked the model to run. */
public enum DevicePreference {
    CPU,
    /** CUDA or fail at startup. */
    CUDA,
    /** CUDA when this build and machine can use it, else CPU. */
    AUTO;

    /** Parses {@code cpu}, {@code cuda} or {@code auto}, in any case. */
    public static DevicePreference parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown execution device '" + value + "'; use one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
