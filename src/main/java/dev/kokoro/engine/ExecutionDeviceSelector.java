package dev.kokoro.engine;

import ai.onnxruntime.OrtProvider;
import java.util.Set;

/**
 * Decides between CPU and CUDA from the operator's preference and what the loaded ONNX Runtime
 * offers. Registering the CUDA provider is passed in, so the decision table is testable without a
 * GPU. Stateless.
 */
public final class ExecutionDeviceSelector {
    static final String CUDA_HINT = "CUDA needs the GPU build of ONNX Runtime (build the server with"
            + " `mvn -Pgpu`, which uses com.microsoft.onnxruntime:onnxruntime_gpu) and the CUDA 12 and"
            + " cuDNN 9 libraries on the library path (e.g. LD_LIBRARY_PATH); or choose the cpu device instead";

    /** Adds the CUDA execution provider to the session being configured. */
    @FunctionalInterface
    public interface CudaRegistration {
        void register() throws Exception;
    }

    /** The device chosen, and in words why (logged at startup). */
    public record Decision(ExecutionDevice device, String reason) {
    }

    private ExecutionDeviceSelector() {
    }

    /**
     * @param available   {@code OrtEnvironment.getAvailableProviders()}
     * @param registerCuda called at most once, only when CUDA is wanted and offered
     * @throws ModelLoadException when CUDA was demanded but cannot be used
     */
    public static Decision select(DevicePreference preference, Set<OrtProvider> available,
                                  CudaRegistration registerCuda) {
        if (preference == DevicePreference.CPU) {
            return new Decision(ExecutionDevice.CPU, "CPU requested");
        }
        if (!available.contains(OrtProvider.CUDA)) {
            String why = "this ONNX Runtime build has no CUDA provider (it offers " + available + ")";
            if (preference == DevicePreference.CUDA) {
                throw new ModelLoadException("Device cuda requested, but " + why + ". " + CUDA_HINT);
            }
            return new Decision(ExecutionDevice.CPU, "auto: " + why);
        }
        try {
            registerCuda.register();
        } catch (Exception e) {
            String why = "the CUDA provider could not be enabled: " + e.getMessage();
            if (preference == DevicePreference.CUDA) {
                throw new ModelLoadException("Device cuda requested, but " + why + ". " + CUDA_HINT, e);
            }
            return new Decision(ExecutionDevice.CPU, "auto: " + why);
        }
        return new Decision(ExecutionDevice.CUDA, preference == DevicePreference.CUDA
                ? "CUDA requested" : "auto: CUDA provider available and enabled");
    }
}
