package dev.kokoro.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to load the model.
 *
 * @param modelFile      the .onnx file
 * @param device         cpu, cuda or auto
 * @param cudaDeviceId   which GPU, when CUDA is used
 * @param intraOpThreads threads ONNX Runtime uses inside one run (one run at a time uses them all)
 */
public record ModelSettings(Path modelFile, DevicePreference device, int cudaDeviceId, int intraOpThreads) {
    public ModelSettings {
        Objects.requireNonNull(modelFile, "modelFile");
        Objects.requireNonNull(device, "device");
        if (cudaDeviceId < 0) {
            throw new IllegalArgumentException("cudaDeviceId must be >= 0, was " + cudaDeviceId);
        }
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
        }
    }

    /** Device auto, GPU 0, one intra-op thread per available processor. */
    public static ModelSettings defaults(Path modelFile) {
        return new ModelSettings(modelFile, DevicePreference.AUTO, 0, Runtime.getRuntime().availableProcessors());
    }

    public ModelSettings withDevice(DevicePreference newDevice) {
        return new ModelSettings(modelFile, newDevice, cudaDeviceId, intraOpThreads);
    }

    public ModelSettings withIntraOpThreads(int threads) {
        return new ModelSettings(modelFile, device, cudaDeviceId, threads);
    }
}
