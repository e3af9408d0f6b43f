package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.ConflictException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobCounts;
import dev.kokoro.jobs.JobFilter;
import dev.kokoro.jobs.JobKind;
import dev.kokoro.jobs.JobPriority;
import dev.kokoro.jobs.JobState;
import dev.kokoro.jobs.Jobs;
import dev.kokoro.jobs.NewJob;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rendering tasks in CosyVoice's shape under {@code /v1/tasks}: register or queue a task, follow it, list, cancel,
 * render registered ones, queue statistics, and its audio once made.
 */
final class TaskRoutes {
    static final String BASE = "/v1/tasks";
    private static final int DEFAULT_LIST_LIMIT = 50;
    private static final int MAX_LIST_LIMIT = 1000;
    private static final int DEFAULT_RENDER_PENDING = 10;

    private final Jobs jobs;
    private final TaskRequestReader reader;
    private final TaskView view;
    private final TaskEvents events;
    private final JsonBody bodies;
    private final AccessControl access;

    TaskRoutes(Jobs jobs, TaskRequestReader reader, ObjectMapper json, JsonBody bodies, AccessControl access) {
        this.jobs = jobs;
        this.reader = reader;
        this.bodies = bodies;
        this.view = new TaskView(json);
        this.events = new TaskEvents(jobs.store(), view, json);
        this.access = access;
    }

    void register(Javalin app) {
        // The fixed paths first: they would otherwise be taken for task ids.
        app.get(BASE + "/stats", this::stats);
        app.post(BASE + "/render-pending", this::renderPending);
        app.post(BASE, ctx -> {
            NewJob task = reader.read(bodies.read(ctx, TaskRequest.class));
            access.caller(ctx).chargeText(task.spec().text().length());
            Job job = jobs.submit(task);
            ctx.json(view.accepted(job, jobs.stats().place(job.id())));
        });
        app.get(BASE, this::list);
        app.get(BASE + "/{id}", ctx -> ctx.json(view.full(find(ctx.pathParam("id")))));
        app.delete(BASE + "/{id}", this::delete);
        app.post(BASE + "/{id}/render", this::render);
        app.get(BASE + "/{id}/audio", this::audio);
        app.get(BASE + "/{id}/events", ctx -> events.follow(ctx, find(ctx.pathParam("id"))));
    }

    private void list(Context ctx) {
        JobState state = ctx.queryParam("status") == null ? null : state(ctx.queryParam("status"));
        JobPriority priority = ctx.queryParam("priority") == null ? null
                : JobPriority.parse(ctx.queryParam("priority")).orElseThrow(() -> new InvalidInputException(
                        "'priority' must be low, normal, high or urgent.", "priority", "invalid_priority"));
        int limit = QueryParams.positive(ctx, "limit", DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT);
        ctx.json(Map.of("tasks", jobs.store().list(new JobFilter(JobKind.TASK, state, priority, limit)).stream()
                .map(view::full).toList()));
    }

    /** A CosyVoice status name as a state; {@code failed} is the failures the store names FAILED. */
    private static JobState state(String status) {
        String wanted = status.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(JobState.values()).filter(s -> TaskView.status(s).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("'status' must be pending, scheduled, processing, "
                        + "completed, failed or cancelled, was " + ClientText.quote(status) + ".", "status",
                        "invalid_status"));
    }

    /** Cancels a task that is not finished; removes one that is. */
    private void delete(Context ctx) {
        Job task = find(ctx.pathParam("id"));
        if (!task.state().isFinal()) {
            Job cancelled = jobs.cancel(task.id()).orElse(task);
            ctx.json(Map.of("task_id", task.id(), "status", TaskView.status(cancelled.state())));
        } else if (jobs.store().delete(task.id())) {
            ctx.json(Map.of("task_id", task.id(), "deleted", true));
        } else {
            throw notFound(task.id());
        }
    }

    private void render(Context ctx) {
        Job task = find(ctx.pathParam("id"));
        if (!jobs.start(task.id())) {
            throw new ConflictException("Task '" + task.id() + "' is " + TaskView.status(task.state())
                    + ": only a pending task can be rendered.", "id", "task_not_pending");
        }
        Job queued = find(task.id());
        ctx.json(view.accepted(queued, jobs.stats().place(queued.id())));
    }

    private void renderPending(Context ctx) {
        int max = QueryParams.positive(ctx, "max_tasks", DEFAULT_RENDER_PENDING, MAX_LIST_LIMIT);
        ctx.json(Map.of("started", jobs.startRegistered(JobKind.TASK, max)));
    }

    private void audio(Context ctx) {
        Job task = find(ctx.pathParam("id"));
        byte[] audio = task.state() == JobState.COMPLETED ? jobs.store().audio(task.id()).orElse(null) : null;
        if (audio == null) {
            throw new NotFoundException("Task '" + task.id() + "' has no audio (it is "
                    + TaskView.status(task.state()) + ").", "id", "audio_not_ready");
        }
        AudioHeaders.set(ctx, task.spec().output("format"), task.id());
        ctx.result(audio);
    }

    private void stats(Context ctx) {
        JobCounts counts = jobs.stats().counts(JobKind.TASK);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (JobState state : JobState.values()) {
            byStatus.merge(TaskView.status(state), counts.in(state), Long::sum);
        }
        Map<String, Long> byPriority = new LinkedHashMap<>();
        for (JobPriority priority : JobPriority.values()) {
            byPriority.put(TaskView.priority(priority), counts.byPriority().get(priority));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_tasks", counts.total());
        body.put("status_counts", byStatus);
        body.put("priority_counts", byPriority);
        body.put("average_synthesis_time", counts.averageSynthesisSeconds());
        body.put("completed_tasks", counts.in(JobState.COMPLETED));
        ctx.json(body);
    }

    private Job find(String id) {
        return jobs.store().find(id).filter(j -> j.kind() == JobKind.TASK).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("There is no task " + ClientText.quote(id) + ".", "id", "task_not_found");
    }
}
