package dev.kokoro.api;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.error.ClientText;
import dev.kokoro.jobs.Jobs;
import dev.kokoro.engine.ModelInfo;
import dev.kokoro.metrics.ServerMetrics;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP face of the server: Javalin on virtual threads with every route and the error mapping. */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    /** Request bodies are JSON with at most a few thousand characters of text, or one uploaded voice pack. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    private final Javalin app;
    private final EndpointRecorder endpoints = new EndpointRecorder();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ClientConnections clients;

    /**
     * @param jobs    RunPod jobs and rendering tasks
     * @param config  the settings the routes read: input limits, job, stream-socket and realtime limits
     * @param metrics where requests are counted and timed, served on {@code GET /metrics}
     * @param loading whether the server is still loading in the background what it should have to be ready
     */
    public ApiServer(SpeechService speech, VoiceLibrary voices, VoiceRegistry registry, ModelInfo model,
            ChunkScheduler scheduler, DownloadStore downloads, Jobs jobs, ServerConfig config, ServerMetrics metrics,
            BooleanSupplier loading) {
        long started = Instant.now().getEpochSecond();
        ObjectMapper json = jsonMapper();
        this.app = Javalin.create(javalin -> {
            javalin.useVirtualThreads = true;
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            javalin.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            // Audio is already compressed or must stream unbuffered; JSON answers are tiny.
            javalin.http.disableCompression();
            // A path served under another method is answered 405 with an Allow header, not 404.
            javalin.http.prefer405over404 = true;
            javalin.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(json));
                Http1Connections.install(server);
            });
            javalin.jsonMapper(new JavalinJackson(json, true));
            javalin.events(events -> events.handlerAdded(endpoints));
            // Swagger UI's files for /docs, from its webjar.
            javalin.staticFiles.enableWebjars();
            javalin.requestLogger.http(new RequestLog(metrics.requests()));
        });
        RequestIds.register(app);
        ErrorHandlers.register(app);
        AccessControl access = AccessControl.from(config.access(), config.retryAfterSeconds());
        access.register(app);
        JsonBody bodies = new JsonBody(json, MAX_REQUEST_BYTES);
        SpeechRequestReader reader = new SpeechRequestReader(voices, config.maxInputChars());
        this.clients = new ClientConnections(Duration.ofSeconds(config.streamAdmission().writeTimeoutSeconds()));
        SpeechResponder responder = new SpeechResponder(downloads, access, clients);
        WholeFileLimit wholeFileLimit = new WholeFileLimit(config.maxWholeFileSeconds());
        SpeechHandling handling = new SpeechHandling(speech, reader, responder, json, bodies, wholeFileLimit);
        new SpeechRoutes(handling).register(app);
        new StreamRoutes(speech, new StreamRequestReader(reader), responder, json, config.streamSockets(),
                metrics.requests(), bodies, access).register(app);
        if (config.devRoutes()) {
            new CaptionedSpeechRoutes(handling).register(app);
            new DevRoutes(handling).register(app);
        }
        new CatalogRoutes(voices, started).register(app);
        new CapabilitiesRoutes(voices, model, config.maxInputChars()).register(app);
        new VoiceCombineRoutes(voices, bodies).register(app);
        new VoiceRegistryRoutes(registry, voices, started, bodies).register(app);
        new DownloadRoutes(downloads).register(app);
        new HealthRoutes(model, scheduler, speech, voices, loading, draining::get).register(app);
        new MetricsRoutes(metrics).register(app);
        OpenApiRoutes.load(config.devRoutes()).register(app);
        WebRoutes.load().register(app);
        new RunpodRoutes(jobs, bodies, Duration.ofSeconds(config.jobs().runsyncWaitSeconds()), access).register(app);
        new TaskRoutes(jobs, new TaskRequestReader(voices, config.jobs().maxTaskChars()), json, bodies, access)
                .register(app);
        new RealtimeRoutes(speech, voices, config.realtime(), json, access).register(app);
    }

    /**
     * How the api reads and writes JSON: unknown fields are ignored, as OpenAI's clients send extras; a number or
     * true/false where text is expected is refused rather than spoken; a syntax error quotes little of the input.
     */
    static ObjectMapper jsonMapper() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        json.getFactory().setErrorReportConfiguration(ErrorReportConfiguration.builder()
                .maxErrorTokenLength(ClientText.MAX_QUOTED_CHARS).maxRawContentLength(ClientText.MAX_QUOTED_CHARS)
                .build());
        return json;
    }

    /** Starts listening; port 0 picks a free port. */
    public ApiServer start(String host, int port) {
        app.start(host, port);
        log.info("Listening on http://{}:{}/v1", host, app.port());
        return this;
    }

    /** The server is shutting down: readiness answers 503 from now on, so load balancers send no more. */
    public void startDraining() {
        draining.set(true);
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
        clients.close();
    }
}
