package dev.kokoro.engine;

/** Where the model session actually runs. */
public enum ExecutionDevice {
    CPU,
    CUDA
}
