package dev.kokoro.api;

import dev.kokoro.jobs.Job;
import dev.kokoro.jobs.JobState;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A job as RunPod's {@code /status} shows it: {@code id}, {@code status}, timings in ms, and the output. */
final class RunpodStatus {
    private RunpodStatus() {
    }

    /** RunPod's name of a state. */
    static String name(JobState state) {
        return switch (state) {
            case REGISTERED, QUEUED -> "IN_QUEUE";
            case RUNNING -> "IN_PROGRESS";
            case COMPLETED -> "COMPLETED";
            case FAILED -> "FAILED";
            case CANCELLED -> "CANCELLED";
            case TIMED_OUT -> "TIMED_OUT";
        };
    }

    /** Just {@code id} and {@code status}, as {@code /run} and {@code /cancel} answer. */
    static Map<String, Object> brief(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("status", name(job.state()));
        return body;
    }

    /**
     * The whole status; {@code output} once the job has one: the handler's {@code audio_base64} and
     * {@code message} with the audio's rate, length and format, or {@code {"error"}} when it failed.
     */
    static Map<String, Object> full(Job job, Optional<byte[]> audio) {
        Map<String, Object> body = brief(job);
        millis(job.delay()).ifPresent(ms -> body.put("delayTime", ms));
        millis(job.execution()).ifPresent(ms -> body.put("executionTime", ms));
        if (job.attempts() > 1) {
            body.put("retries", job.attempts() - 1);
        }
        switch (job.state()) {
            case COMPLETED -> audio.ifPresent(bytes -> body.put("output", output(job, bytes)));
            case FAILED, TIMED_OUT -> {
                String error = job.error() == null ? "The job did not finish." : job.error();
                body.put("error", error);
                body.put("output", Map.of("error", error));
            }
            default -> {
                // queued, running or cancelled: no output
            }
        }
        return body;
    }

    private static Map<String, Object> output(Job job, byte[] audio) {
        Job.ResultInfo result = job.result();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("audio_base64", Base64.getEncoder().encodeToString(audio));
        output.put("message", String.format(Locale.ROOT, "Synthesized %.2f s of audio with %s", result.durationSeconds(),
                job.spec().voice()));
        output.put("sample_rate", job.spec().output("response_format").sampleRate());
        output.put("duration", result.durationSeconds());
        output.put("format", result.format());
        return output;
    }

    private static Optional<Long> millis(Duration duration) {
        return Optional.ofNullable(duration).map(Duration::toMillis);
    }
}
