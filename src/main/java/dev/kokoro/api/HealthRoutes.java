package dev.kokoro.api;

import dev.kokoro.engine.ModelInfo;
import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.SchedulerStats;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.text.Language;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: the loaded model, the languages whose text front-end is loaded, and how busy the
 * synthesis workers are. {@code /health/live} and {@code /health/ready} are the probes an orchestrator polls:
 * the server listens only once the model is loaded and warmed up, and it serves requests from then on, but it is
 * ready only once the languages it preloads in the background are loaded (that load takes the CPU a synthesis
 * needs), until it starts draining for a shutdown. A model freed for idleness still counts as ready: the next
 * request loads it, and a replica that took itself out of rotation for that would leave a single-replica service
 * with none.
 */
final class HealthRoutes {
    private static final String READY = "ready";

    private final ModelInfo model;
    private final ChunkScheduler scheduler;
    private final SpeechService speech;
    private final VoiceLibrary voices;
    private final BooleanSupplier loading;
    private final BooleanSupplier draining;

    HealthRoutes(ModelInfo model, ChunkScheduler scheduler, SpeechService speech, VoiceLibrary voices,
            BooleanSupplier loading, BooleanSupplier draining) {
        this.model = model;
        this.scheduler = scheduler;
        this.speech = speech;
        this.voices = voices;
        this.loading = loading;
        this.draining = draining;
    }

    void register(Javalin app) {
        app.get("/health", this::health);
        app.get("/health/live", ctx -> ctx.json(Map.of("status", "alive")));
        app.get("/health/ready", this::ready);
    }

    private void ready(Context ctx) {
        String status = status();
        ctx.status(status.equals(READY) ? 200 : 503).json(Map.of("status", status));
    }

    /** Draining wins: a server stopping while it still loads will not become ready. */
    private String status() {
        if (draining.getAsBoolean()) {
            return "draining";
        }
        return loading.getAsBoolean() ? "loading" : READY;
    }

    private void health(Context ctx) {
        SchedulerStats stats = scheduler.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        String status = status();
        body.put("status", status.equals(READY) ? "healthy" : status);
        body.put("model", Map.of(
                "ready", true,
                "loaded", speech.modelLoaded(),
                "file", model.file().path().getFileName().toString(),
                "sha256", model.file().sha256(),
                "known_file", model.file().known().map(k -> k.describe()).orElse("unknown"),
                "signature", model.signature().describe(),
                "durations", model.durationSource().label(),
                "device", model.device().name().toLowerCase(java.util.Locale.ROOT)));
        body.put("voices", voices.voices().size());
        body.put("languages_ready", speech.readyLanguages().stream().map(Language::tag).toList());
        body.put("synthesis", Map.of(
                "open_streams", stats.openStreams(),
                "parked_streams", stats.parkedStreams(),
                "live_capacity", stats.liveCapacity(),
                "real_time_factor", stats.realTimeFactor(),
                "chunks_in_flight", stats.chunksInFlight(),
                "streams_total", stats.openedStreams(),
                "streams_cancelled", stats.streamsCancelled(),
                "streams_rejected", stats.streamsRejected(),
                "chunks_synthesized", stats.chunksRun(),
                "chunks_preempted", stats.chunksPreempted()));
        ctx.json(body);
    }
}
