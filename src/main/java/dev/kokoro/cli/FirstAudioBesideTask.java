package dev.kokoro.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a background task delays a streamed request's first audio (it should not, beyond the one
 * task chunk already running): the time to first audio of a streamed request sent while a long
 * {@code /v1/tasks} task renders, against the same request on an idle server, in alternating rounds.
 * Each task is cancelled and removed after its round.
 */
final class FirstAudioBesideTask {
    private static final String TASKS = "/v1/tasks";
    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");
    /** Rounds send the request at different points of the running task chunk: round i waits i steps more. */
    private static final long PHASE_STEP_MILLIS = 70;
    private static final long TASK_START_TIMEOUT_NANOS = 120_000_000_000L;

    private final BenchClient client;
    private final String text;
    private final String taskText;

    /**
     * @param text     what the streamed request says
     * @param taskText what the task renders: long enough to be still rendering when the request ends
     */
    FirstAudioBesideTask(BenchClient client, String text, String taskText) {
        this.client = client;
        this.text = text;
        this.taskText = taskText;
    }

    void report(PrintWriter out, int rounds) throws Exception {
        double[] idle = new double[rounds];
        double[] besideTask = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            client.settle();
            idle[round] = client.firstAudio(text, "pcm");
            client.settle();
            besideTask[round] = firstAudioDuringTask(round * PHASE_STEP_MILLIS);
        }
        out.printf(Locale.ROOT, "first audio while a task renders (pcm, %d rounds): median %.0f ms, max %.0f ms; "
                        + "idle median %.0f ms, max %.0f ms%n", rounds, Samples.median(besideTask) * 1000,
                Samples.max(besideTask) * 1000, Samples.median(idle) * 1000, Samples.max(idle) * 1000);
    }

    /** Starts a task, waits until its first chunk is done and {@code delayMillis} more, then times a request. */
    private double firstAudioDuringTask(long delayMillis) throws Exception {
        long chunksBefore = client.server().scheduler().stats().chunksRun();
        String id = client.post(TASKS, Map.of("text", taskText, "voice", BenchClient.VOICE)).get("task_id").asText();
        try {
            awaitRendering(id, chunksBefore);
            Thread.sleep(delayMillis);
            return client.firstAudio(text, "pcm");
        } finally {
            discard(id);
        }
    }

    private void awaitRendering(String id, long chunksBefore) throws Exception {
        long deadline = System.nanoTime() + TASK_START_TIMEOUT_NANOS;
        while (client.server().scheduler().stats().chunksRun() == chunksBefore) {
            String status = client.get(TASKS + "/" + id).get("status").asText();
            if (FINAL.contains(status) || System.nanoTime() > deadline) {
                throw new IllegalStateException("bench task " + id + " is " + status + " before rendering a chunk");
            }
            Thread.sleep(10);
        }
    }

    /** Cancels the task, waits for it to stop, and removes it. */
    private void discard(String id) throws Exception {
        client.delete(TASKS + "/" + id);
        while (!FINAL.contains(client.get(TASKS + "/" + id).get("status").asText())) {
            Thread.sleep(10);
        }
        client.delete(TASKS + "/" + id);
        client.awaitIdle();
    }
}
