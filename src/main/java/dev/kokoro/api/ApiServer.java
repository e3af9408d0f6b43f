package dev.kokoro.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.config.JobsConfig;
import dev.kokoro.config.RealtimeConfig;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.jobs.Jobs;
import dev.kokoro.engine.ModelInfo;
import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.voice.VoiceLibrary;
import dev.kokoro.voice.VoiceRegistry;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP face of the server: Javalin on virtual threads with every route and the error mapping. */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    /** Request bodies are JSON with at most a few thousand characters of text, or one uploaded voice pack. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    private final Javalin app;
    private final EndpointRecorder endpoints = new EndpointRecorder();

    /**
     * @param maxInputChars the longest text a speech request may send
     * @param jobs          RunPod jobs and rendering tasks
     * @param realtime      the limits of realtime sessions
     */
    public ApiServer(SpeechService speech, VoiceLibrary voices, VoiceRegistry registry, ModelInfo model,
            ChunkScheduler scheduler, int maxInputChars, DownloadStore downloads, Jobs jobs, JobsConfig jobSettings,
            RealtimeConfig realtime) {
        long started = Instant.now().getEpochSecond();
        ObjectMapper json = jsonMapper();
        this.app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            // Audio is already compressed or must stream unbuffered; JSON answers are tiny.
            config.http.disableCompression();
            config.jsonMapper(new JavalinJackson(json, true));
            config.events(events -> events.handlerAdded(endpoints));
            // Swagger UI's files for /docs, from its webjar.
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> {
                Object synthesis = ctx.attribute(SynthesisSummary.ATTRIBUTE);
                Object error = ctx.attribute(ErrorHandlers.ERROR_CODE_ATTRIBUTE);
                log.info("{} {} {} {}ms{}{}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms),
                        synthesis == null || error != null ? "" : " " + synthesis, error == null ? "" : " error=" + error);
            });
        });
        ErrorHandlers.register(app);
        SpeechRequestReader reader = new SpeechRequestReader(voices, maxInputChars);
        SpeechResponder responder = new SpeechResponder(downloads);
        SpeechRoutes speechRoutes = new SpeechRoutes(speech, reader, responder, json);
        speechRoutes.register(app);
        new CaptionedSpeechRoutes(speech, reader, responder, json).register(app);
        new DevRoutes(speech, reader, responder, speechRoutes).register(app);
        new CatalogRoutes(voices, started).register(app);
        new CapabilitiesRoutes(voices, model, maxInputChars).register(app);
        new VoiceCombineRoutes(voices).register(app);
        new VoiceRegistryRoutes(registry, voices, started).register(app);
        new DownloadRoutes(downloads).register(app);
        new HealthRoutes(model, scheduler, speech, voices).register(app);
        OpenApiRoutes.load().register(app);
        WebRoutes.load().register(app);
        new RunpodRoutes(jobs, json, Duration.ofSeconds(jobSettings.runsyncWaitSeconds())).register(app);
        new TaskRoutes(jobs, new TaskRequestReader(voices, jobSettings.maxTaskChars()), json).register(app);
        new RealtimeRoutes(speech, voices, realtime, json).register(app);
    }

    /** How the api reads and writes JSON: unknown fields are ignored, as OpenAI's clients send extras. */
    static ObjectMapper jsonMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Starts listening; port 0 picks a free port. */
    public ApiServer start(String host, int port) {
        app.start(host, port);
        log.info("Listening on http://{}:{}/v1", host, app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route registered, for checking the OpenAPI document against what is served. */
    public List<Endpoint> endpoints() {
        return endpoints.endpoints();
    }

    @Override
    public void close() {
        app.stop();
    }
}
