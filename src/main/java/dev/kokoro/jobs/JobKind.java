package dev.kokoro.jobs;

/** Which API a job came through: it decides how long its result is kept and how the api names its states. */
public enum JobKind {
    /** A RunPod serverless job ({@code /v2/{endpoint}/run}): its result expires like RunPod's. */
    RUNPOD,
    /** A CosyVoice-style rendering task ({@code /v1/tasks}). */
    TASK
}
