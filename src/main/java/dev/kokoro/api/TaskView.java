package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobPriority;
import dev.kokoro.jobs.JobState;
import dev.kokoro.jobs.JobStats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A task as the {@code /v1/tasks} routes show it, with CosyVoice's field and status names. */
final class TaskView {
    private final ObjectMapper json;

    TaskView(ObjectMapper json) {
        this.json = json;
    }

    /** CosyVoice's name of a state; a task whose workers all died is {@code failed}, with a message saying so. */
    static String status(JobState state) {
        return switch (state) {
            case REGISTERED -> "pending";
            case QUEUED -> "scheduled";
            case RUNNING -> "processing";
            case COMPLETED -> "completed";
            case FAILED, TIMED_OUT -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    static String priority(JobPriority priority) {
        return priority.name().toLowerCase(Locale.ROOT);
    }

    static String audioUrl(String id) {
        return TaskRoutes.BASE + "/" + id + "/audio";
    }

    /** What {@code POST /v1/tasks} and the render routes answer: where the task stands in the queue. */
    Map<String, Object> accepted(Job job, Optional<JobStats.QueuePlace> place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task_id", job.id());
        body.put("status", status(job.state()));
        body.put("queue_position", place.map(JobStats.QueuePlace::position).orElse(null));
        body.put("estimated_wait_time", place.map(p -> p.estimatedWait().toMillis() / 1000.0).orElse(null));
        body.put("created_at", time(job.createdAt()));
        body.put("priority", priority(job.priority()));
        return body;
    }

    /** The whole task, as {@code GET /v1/tasks/{id}}, the list, the events and the callback show it. */
    Map<String, Object> full(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task_id", job.id());
        body.put("status", status(job.state()));
        body.put("progress", job.state() == JobState.COMPLETED ? 1.0 : job.progress());
        body.put("priority", priority(job.priority()));
        body.put("voice_id", job.spec().voice());
        body.put("format", job.spec().format());
        body.put("sample_rate", job.spec().output("format").sampleRate());
        body.put("text_length", job.spec().text().length());
        Job.ResultInfo result = job.result();
        body.put("audio_url", result == null ? null : audioUrl(job.id()));
        body.put("duration", result == null ? null : result.durationSeconds());
        body.put("synthesis_time", result == null ? null : result.synthesisSeconds());
        body.put("created_at", time(job.createdAt()));
        body.put("started_at", time(job.startedAt()));
        body.put("completed_at", time(job.completedAt()));
        body.put("error_message", errorMessage(job));
        body.put("metadata", metadata(job.metadata()));
        return body;
    }

    private static String errorMessage(Job job) {
        if (job.state() == JobState.TIMED_OUT && job.error() == null) {
            return "The task was abandoned: every worker that took it stopped before it was done.";
        }
        return job.error();
    }

    private Object metadata(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task metadata is not JSON", e);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
