package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobState;
import dev.kokoro.jobs.JobStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/tasks/{id}/events}: one task followed live as server-sent events — {@code progress} whenever its
 * state or progress changes, then {@code completed}, {@code failed} or {@code cancelled}, and the stream ends. The
 * task is read from the store, so the events follow it whichever replica renders it.
 */
final class TaskEvents {
    private static final Duration POLL = Duration.ofMillis(250);
    /** A comment line this often finds a client that has gone, and keeps proxies from closing an idle stream. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final JobStore store;
    private final TaskView view;
    private final ObjectMapper json;

    TaskEvents(JobStore store, TaskView view, ObjectMapper json) {
        this.store = store;
        this.view = view;
        this.json = json;
    }

    /** Streams the events of a task already known to exist. */
    void follow(Context ctx, Job task) throws InterruptedException {
        try {
            OutputStream out = AudioHeaders.openStream(ctx, "text/event-stream");
            Job last = null;
            long quietSince = System.nanoTime();
            for (Optional<Job> now = Optional.of(task); now.isPresent(); now = store.find(task.id())) {
                Job job = now.get();
                if (last == null || job.state() != last.state() || job.progress() != last.progress()) {
                    send(out, job.state().isFinal() ? finalEvent(job.state()) : "progress", view.full(job));
                    quietSince = System.nanoTime();
                    if (job.state().isFinal()) {
                        return;
                    }
                    last = job;
                } else if (System.nanoTime() - quietSince > HEARTBEAT.toNanos()) {
                    write(out, ": still " + TaskView.status(job.state()) + "\n\n");
                    quietSince = System.nanoTime();
                }
                Thread.sleep(POLL);
            }
            // Removed while followed (deleted, or expired).
            send(out, "cancelled", Map.of("task_id", task.id(), "status", "removed"));
        } catch (IOException gone) {
            // The client stopped following; the task goes on.
        }
    }

    private static String finalEvent(JobState state) {
        return switch (state) {
            case COMPLETED -> "completed";
            case CANCELLED -> "cancelled";
            default -> "failed";
        };
    }

    private void send(OutputStream out, String event, Object data) throws IOException {
        write(out, "event: " + event + "\ndata: " + json.writeValueAsString(data) + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
