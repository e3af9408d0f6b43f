package dev.kokoro.engine;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.kokoro.error.SynthesisFailedException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kokoro export run by ONNX Runtime. One session serves every request: ONNX Runtime documents
 * {@code OrtSession.run} as safe to call from several threads at once, each run with its own tensors.
 * The only other state is a flag for a one-time warning, so instances are thread-safe.
 */
public final class OnnxKokoroModel implements KokoroModel {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxKokoroModel.class);
    /** Hashing reads the whole file; it runs beside graph optimisation so it adds little to startup. */
    private static final Executor HASH_THREAD = task -> Thread.ofPlatform().name("model-sha256").daemon(true)
            .start(task);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final ModelInfo info;
    private final Set<String> outputNames;
    private final AtomicBoolean wholeSpeedWarned = new AtomicBoolean();

    private OnnxKokoroModel(OrtEnvironment env, OrtSession session, ModelInfo info) {
        this.env = env;
        this.session = session;
        this.info = info;
        ModelSignature signature = info.signature();
        this.outputNames = signature.durationOutput()
                .map(d -> Set.of(signature.audioOutput(), d))
                .orElse(Set.of(signature.audioOutput()));
    }

    /**
     * Opens the model, detects its signature and logs one line describing it.
     *
     * @throws ModelLoadException when the file is missing, is not a supported Kokoro export, or the
     *                            requested device cannot be used
     */
    public static OnnxKokoroModel load(ModelSettings settings) {
        Path file = settings.modelFile();
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("Model file not found: " + file.toAbsolutePath());
        }
        long start = System.nanoTime();
        CompletableFuture<ModelFile> hashing = CompletableFuture.supplyAsync(() -> ModelFile.read(file), HASH_THREAD);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        GraphDurations durations = GraphDurations.prepare(file);
        OnnxSessionFactory.OpenedSession opened = durations.editedModel()
                .map(edited -> OnnxSessionFactory.open(env, settings, edited))
                .orElseGet(() -> OnnxSessionFactory.open(env, settings));
        try {
            ModelSignature signature = durations.applyTo(
                    ModelSignatureDetector.detect(opened.session(), file.toString()));
            if (signature.durationSource() == DurationSource.NONE) {
                LOG.warn("Model {} gives no per-token durations, so there are no word timestamps: {}", file,
                        durations.reasonForNone());
            }
            ModelInfo info = new ModelInfo(awaitHash(hashing), signature, opened.device(),
                    settings.intraOpThreads(), Duration.ofNanos(System.nanoTime() - start));
            LOG.info("Loaded model {}", info.describe());
            return new OnnxKokoroModel(env, opened.session(), info);
        } catch (OrtException | RuntimeException e) {
            closeSession(opened.session());
            if (e instanceof ModelLoadException loadFailure) {
                throw loadFailure;
            }
            throw new ModelLoadException("Cannot read the inputs and outputs of " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ModelOutput infer(int[] phonemeTokenIds, float[] style, float speed, RunStopper stopper) {
        checkArguments(phonemeTokenIds, style, speed);
        ModelSignature signature = info.signature();
        long[] padded = new long[phonemeTokenIds.length + 2];
        for (int i = 0; i < phonemeTokenIds.length; i++) {
            padded[i + 1] = phonemeTokenIds[i];
        }
        try (TerminableRun run = new TerminableRun();
             OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(padded), new long[] {1, padded.length});
             OnnxTensor styleTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(style), new long[] {1, STYLE_SIZE});
             OnnxTensor speedTensor = speedTensor(signature.speedType(), speed)) {
            stopper.onStop(run::terminate);
            try (OrtSession.Result result = session.run(Map.of(signature.idsInput(), ids,
                    signature.styleInput(), styleTensor, signature.speedInput(), speedTensor), outputNames,
                    run.options())) {
                float[] audio = floats(output(result, signature.audioOutput()));
                Optional<int[]> durations = signature.durationOutput().map(name -> ints(output(result, name)));
                return new ModelOutput(audio, durations);
            } catch (OrtException e) {
                if (run.terminated()) {
                    throw new RunStoppedException(phonemeTokenIds.length);
                }
                throw e;
            }
        } catch (OrtException e) {
            throw new SynthesisFailedException("The model failed on " + phonemeTokenIds.length + " tokens", e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public void close() {
        closeSession(session);
    }

    /** The speed an int32-speed export receives: rounded half up, at least 1. */
    static int wholeSpeed(float speed) {
        return Math.max(1, Math.round(speed));
    }

    private OnnxTensor speedTensor(ModelSignature.SpeedType type, float speed) throws OrtException {
        if (type == ModelSignature.SpeedType.FLOAT32) {
            return OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {speed}), new long[] {1});
        }
        int whole = wholeSpeed(speed);
        if (whole != speed && wholeSpeedWarned.compareAndSet(false, true)) {
            LOG.warn("This model export takes only whole speeds (its speed input is int32): speed {} runs as {};"
                    + " this is logged once", speed, whole);
        }
        return OnnxTensor.createTensor(env, IntBuffer.wrap(new int[] {whole}), new long[] {1});
    }

    private static void checkArguments(int[] ids, float[] style, float speed) {
        if (ids.length > MAX_TOKENS) {
            throw new IllegalArgumentException(ids.length + " token ids; the model takes at most " + MAX_TOKENS);
        }
        for (int id : ids) {
            if (id < 0 || id >= VOCAB_SIZE) {
                throw new IllegalArgumentException("token id " + id + " is outside [0, " + VOCAB_SIZE + ")");
            }
        }
        if (style.length != STYLE_SIZE) {
            throw new IllegalArgumentException("style has " + style.length + " values, not " + STYLE_SIZE);
        }
        if (!(speed > 0) || !Float.isFinite(speed)) {
            throw new IllegalArgumentException("speed must be a finite number > 0, was " + speed);
        }
    }

    private static OnnxTensor output(OrtSession.Result result, String name) {
        return (OnnxTensor) result.get(name).orElseThrow(
                () -> new IllegalStateException("the model returned no output " + name));
    }

    private static float[] floats(OnnxTensor tensor) {
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    private static int[] ints(OnnxTensor tensor) {
        LongBuffer buffer = tensor.getLongBuffer();
        int[] values = new int[buffer.remaining()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.toIntExact(buffer.get(i));
        }
        return values;
    }

    private static ModelFile awaitHash(CompletableFuture<ModelFile> hashing) {
        try {
            return hashing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void closeSession(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("Closing the ONNX Runtime session failed", e);
        }
    }
}
