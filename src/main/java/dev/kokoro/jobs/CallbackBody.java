package dev.kokoro.jobs;

/** The JSON a callback POSTs for a finished job: the api's view of it (the task or RunPod status JSON). */
@FunctionalInterface
public interface CallbackBody {
    String json(Job job);
}
