package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobCounts;
import dev.kokoro.jobs.JobKind;
import dev.kokoro.jobs.JobPriority;
import dev.kokoro.jobs.JobState;
import dev.kokoro.jobs.Jobs;
import dev.kokoro.jobs.NewJob;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RunPod's serverless API under {@code /v2/{endpoint_id}} (any id), so a client written for the Kokoro RunPod
 * handler works by changing its base URL: {@code /run}, {@code /runsync}, {@code /status/{id}},
 * {@code /cancel/{id}}, {@code /health}, {@code /purge-queue}. An {@code Authorization} header is accepted.
 */
final class RunpodRoutes {
    private static final String BASE = "/v2/{endpoint}";

    private final Jobs jobs;
    private final JsonBody bodies;
    private final Duration runsyncWait;
    private final AccessControl access;

    /** @param runsyncWait how long {@code /runsync} waits for the result before answering with the status */
    RunpodRoutes(Jobs jobs, JsonBody bodies, Duration runsyncWait, AccessControl access) {
        this.jobs = jobs;
        this.bodies = bodies;
        this.runsyncWait = runsyncWait;
        this.access = access;
    }

    /** The body of {@code /run}: the handler's input, and RunPod's webhook called with the final status. */
    record RunRequest(JsonNode input, String webhook) {
    }

    void register(Javalin app) {
        app.post(BASE + "/run", ctx -> ctx.json(RunpodStatus.brief(submit(ctx))));
        app.post(BASE + "/runsync", this::runsync);
        app.get(BASE + "/status/{id}", ctx -> ctx.json(status(find(ctx.pathParam("id")))));
        app.post(BASE + "/cancel/{id}", this::cancel);
        app.get(BASE + "/health", this::health);
        app.post(BASE + "/purge-queue", ctx -> ctx.json(Map.of("removed", jobs.store().purgeQueued(JobKind.RUNPOD),
                "status", "completed")));
    }

    private Job submit(Context ctx) throws Exception {
        RunRequest request = bodies.read(ctx, RunRequest.class);
        if (request.input() == null || !request.input().isObject()) {
            throw new InvalidInputException("The body must be {\"input\": {\"text\": \"...\", ...}}.", "input",
                    "missing_input");
        }
        RunpodInput input = bodies.convert(request.input(), RunpodInput.class);
        String webhook = request.webhook() == null ? null : CallbackUrl.check(request.webhook(), "webhook");
        NewJob job = new NewJob(JobKind.RUNPOD, input.toSpec(), JobPriority.NORMAL, null, webhook, true);
        access.caller(ctx).chargeText(job.spec().text().length());
        return jobs.submit(job);
    }

    /** Waits for the job, then answers as {@code /status} does: a job still going after the wait is answered as it is. */
    private void runsync(Context ctx) throws Exception {
        Job job = submit(ctx);
        Job now = jobs.awaitEnd(job.id(), runsyncWait).orElse(job);
        ctx.json(status(now));
    }

    private void cancel(Context ctx) {
        Job job = jobs.cancel(ctx.pathParam("id")).filter(j -> j.kind() == JobKind.RUNPOD)
                .orElseThrow(() -> notFound(ctx.pathParam("id")));
        ctx.json(RunpodStatus.brief(job));
    }

    /** RunPod's health: jobs by state, and this server's workers. */
    private void health(Context ctx) {
        JobCounts counts = jobs.stats().counts(JobKind.RUNPOD);
        Map<String, Object> jobCounts = new LinkedHashMap<>();
        jobCounts.put("completed", counts.in(JobState.COMPLETED));
        jobCounts.put("failed", counts.in(JobState.FAILED) + counts.in(JobState.TIMED_OUT));
        jobCounts.put("inProgress", counts.in(JobState.RUNNING));
        jobCounts.put("inQueue", counts.in(JobState.QUEUED) + counts.in(JobState.REGISTERED));
        jobCounts.put("retried", counts.retried());
        int busy = jobs.runner().busyWorkers();
        ctx.json(Map.of("jobs", jobCounts,
                "workers", Map.of("idle", jobs.runner().workers() - busy, "running", busy)));
    }

    private Map<String, Object> status(Job job) {
        Optional<byte[]> audio = job.state() == JobState.COMPLETED ? jobs.store().audio(job.id()) : Optional.empty();
        return RunpodStatus.full(job, audio);
    }

    private Job find(String id) {
        return jobs.store().find(id).filter(j -> j.kind() == JobKind.RUNPOD).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("There is no job " + ClientText.quote(id)
                + " (results are kept for a limited time).", "id", "job_not_found");
    }
}
