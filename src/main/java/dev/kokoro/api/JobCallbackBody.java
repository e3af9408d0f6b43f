package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.jobs.CallbackBody;
import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobKind;
import dev.kokoro.jobs.JobState;
import dev.kokoro.jobs.JobStore;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What a finished job's callback POSTs: a task as {@code GET /v1/tasks/{id}} shows it, a RunPod job as its
 * {@code /status} does (with the audio, as RunPod's webhooks carry the output).
 */
public final class JobCallbackBody implements CallbackBody {
    private final ObjectMapper json;
    private final JobStore store;
    private final TaskView tasks;

    public JobCallbackBody(JobStore store) {
        this.json = ApiServer.jsonMapper();
        this.store = store;
        this.tasks = new TaskView(json);
    }

    @Override
    public String json(Job job) {
        Object body = job.kind() == JobKind.TASK ? tasks.full(job)
                : RunpodStatus.full(job, job.state() == JobState.COMPLETED ? store.audio(job.id()) : Optional.empty());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
