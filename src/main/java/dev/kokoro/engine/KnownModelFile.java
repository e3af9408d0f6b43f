package dev.kokoro.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Model files recognised by their sha256: the official releases users download, and the random-weight
 * architecture twins our tests use (which must never be mistaken for a real model in a log).
 */
public enum KnownModelFile {
    KOKORO_V1_0("kokoro-v1.0.onnx", Kind.OFFICIAL,
            "7d5df8ecf7d4b1878015a32686053fd0eebe2bc377234608764cc0ef3636a6c5"),
    KOKORO_V1_0_INT8("kokoro-v1.0.int8.onnx", Kind.OFFICIAL,
            "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"),
    TWIN_V1_0("kokoro-twin-v1.0.onnx", Kind.TEST_TWIN,
            "a9d998704aa10d0dfd9d3c8aa7ebcd98b639911e669624d1632c80413b4f1a01"),
    TWIN_MINI_A("kokoro-twin-mini-A-durations.onnx", Kind.TEST_TWIN,
            "6d9604fb5f77d0e978999f25e136095b0925153014c054642a60e37640466535"),
    TWIN_MINI_B("kokoro-twin-mini-B.onnx", Kind.TEST_TWIN,
            "1058f0ea33d6e1e44566e3b57ab98486203d6770fb11a23feb2604a3fe53b916"),
    TWIN_MINI_C("kokoro-twin-mini-C.onnx", Kind.TEST_TWIN,
            "8b1b59c0c3a1499726425f1bb94252592b70da7c1bdecd14943dd955d491e9b5");

    public enum Kind {
        /** Published Kokoro-82M v1.0 weights. */
        OFFICIAL,
        /** Same graph, seeded random weights: produces noise, for tests and benchmarks only. */
        TEST_TWIN
    }

    private final String releaseName;
    private final Kind kind;
    private final String sha256;

    KnownModelFile(String releaseName, Kind kind, String sha256) {
        this.releaseName = releaseName;
        this.kind = kind;
        this.sha256 = sha256;
    }

    public static Optional<KnownModelFile> bySha256(String sha256) {
        return Arrays.stream(values()).filter(f -> f.sha256.equalsIgnoreCase(sha256)).findFirst();
    }

    /** The name the file has where it is published. */
    public String releaseName() {
        return releaseName;
    }

    public Kind kind() {
        return kind;
    }

    public String sha256() {
        return sha256;
    }

    /** For the startup log: {@code official kokoro-v1.0.onnx} or {@code test twin kokoro-twin-mini-B.onnx}. */
    public String describe() {
        return (kind == Kind.OFFICIAL ? "official " : "test twin (random weights) ") + releaseName;
    }
}
