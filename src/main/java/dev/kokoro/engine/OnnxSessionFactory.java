package dev.kokoro.engine;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the ONNX Runtime session for a model file, or for its bytes after an edit, on the device the
 * settings call for. Stateless.
 */
final class OnnxSessionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxSessionFactory.class);
    /** ONNX Runtime's kOrtSessionOptionsModelExternalInitializersFileFolderPath. */
    private static final String EXTERNAL_DATA_FOLDER = "session.model_external_initializers_file_folder_path";

    record OpenedSession(OrtSession session, ExecutionDevice device) {
    }

    @FunctionalInterface
    private interface SessionSource {
        OrtSession open(SessionOptions options) throws OrtException;
    }

    private OnnxSessionFactory() {
    }

    /** @throws ModelLoadException when the file is not a model ONNX Runtime can load, or CUDA was demanded and failed */
    static OpenedSession open(OrtEnvironment env, ModelSettings settings) {
        String path = settings.modelFile().toString();
        return open(settings, options -> env.createSession(path, options));
    }

    /** Opens {@code model}, the bytes of the settings' model file after an edit; errors name the file. */
    static OpenedSession open(OrtEnvironment env, ModelSettings settings, byte[] model) {
        // Weights kept in external data files are found beside a model opened from a path; from memory,
        // ONNX Runtime needs to be told where that is.
        String folder = settings.modelFile().toAbsolutePath().getParent().toString();
        return open(settings, options -> {
            options.addConfigEntry(EXTERNAL_DATA_FOLDER, folder);
            return env.createSession(model, options);
        });
    }

    private static OpenedSession open(ModelSettings settings, SessionSource source) {
        String path = settings.modelFile().toString();
        try (SessionOptions options = baseOptions(settings)) {
            ExecutionDeviceSelector.Decision decision = ExecutionDeviceSelector.select(settings.device(),
                    OrtEnvironment.getAvailableProviders(), () -> options.addCUDA(settings.cudaDeviceId()));
            LOG.info("Execution device {}: {}", decision.device(), decision.reason());
            if (decision.device() == ExecutionDevice.CUDA) {
                try {
                    return new OpenedSession(source.open(options), ExecutionDevice.CUDA);
                } catch (OrtException e) {
                    // The provider library can load and still fail here, e.g. with no usable GPU or a bad device id.
                    if (settings.device() == DevicePreference.CUDA) {
                        throw new ModelLoadException("Cannot open " + path + " on CUDA device "
                                + settings.cudaDeviceId() + ": " + e.getMessage() + ". "
                                + ExecutionDeviceSelector.CUDA_HINT, e);
                    }
                    LOG.info("auto: the CUDA session could not be created ({}); loading on CPU", e.getMessage());
                }
            }
        } catch (OrtException e) {
            throw cannotLoad(path, e);
        }
        // Fresh options: a failed CUDA attempt may have left the first ones half configured.
        try (SessionOptions cpuOptions = baseOptions(settings)) {
            return new OpenedSession(source.open(cpuOptions), ExecutionDevice.CPU);
        } catch (OrtException e) {
            throw cannotLoad(path, e);
        }
    }

    private static SessionOptions baseOptions(ModelSettings settings) throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            // The graph is essentially sequential; parallelism comes from intra-op threads and concurrent runs.
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
            return options;
        } catch (OrtException e) {
            options.close();
            throw e;
        }
    }

    private static ModelLoadException cannotLoad(String path, OrtException e) {
        return new ModelLoadException("ONNX Runtime cannot load " + path + ": " + e.getMessage(), e);
    }
}
