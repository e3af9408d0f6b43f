package dev.kokoro.bench;

import dev.kokoro.scheduling.SchedulerStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a background task delays a streamed request's first audio (it should not: the task chunk under
 * way is preempted by the request's first chunk): the time to first audio of a streamed request sent while a long
 * {@code /v1/tasks} task renders, against the same request on an idle server, in alternating rounds.
 * Each task is cancelled and removed after its round.
 */
final class FirstAudioBesideTask {
    private static final String TASKS = "/v1/tasks";
    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");
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
        long preemptedBefore = client.server().scheduler().stats().chunksPreempted();
        for (int round = 0; round < rounds; round++) {
            client.settle();
            idle[round] = client.firstAudio(text, "pcm");
            client.settle();
            besideTask[round] = firstAudioDuringTask((double) round / rounds);
        }
        out.printf(Locale.ROOT, "first audio while a task renders (pcm, %d rounds, sent at points spread over a "
                        + "task chunk): median %.0f ms, max %.0f ms; idle median %.0f ms, max %.0f ms; %d task chunks "
                        + "preempted%n", rounds,
                Samples.median(besideTask) * 1000, Samples.max(besideTask) * 1000, Samples.median(idle) * 1000,
                Samples.max(idle) * 1000, client.server().scheduler().stats().chunksPreempted() - preemptedBefore);
    }

    /**
     * Starts a task and waits until its first chunk is done, when the second starts; then waits {@code phase}
     * (0 to 1) of the first chunk's time, so the request comes at that point of the running chunk, and times it.
     */
    private double firstAudioDuringTask(double phase) throws Exception {
        long chunksBefore = client.server().scheduler().stats().chunksRun();
        String id = client.post(TASKS, Map.of("text", taskText, "voice", BenchClient.VOICE)).get("task_id").asText();
        try {
            double chunkSeconds = awaitFirstChunk(id, chunksBefore);
            Thread.sleep((long) (phase * chunkSeconds * 1000));
            return client.firstAudio(text, "pcm");
        } finally {
            discard(id);
        }
    }

    /** Waits until the task's first chunk is done; returns about how long that chunk ran. */
    private double awaitFirstChunk(String id, long chunksBefore) throws Exception {
        long deadline = System.nanoTime() + TASK_START_TIMEOUT_NANOS;
        long chunkStart = 0;
        for (SchedulerStats s = stats(); s.chunksRun() == chunksBefore; s = stats()) {
            if (chunkStart == 0 && s.chunksInFlight() > 0) {
                chunkStart = System.nanoTime();
            }
            if (System.nanoTime() > deadline || chunkStart == 0 && isFinal(id)) {
                throw new IllegalStateException("bench task " + id + " rendered no chunk");
            }
            Thread.sleep(5);
        }
        return chunkStart == 0 ? 0 : Samples.secondsSince(chunkStart); // 0: it ran between two looks
    }

    private SchedulerStats stats() {
        return client.server().scheduler().stats();
    }

    private boolean isFinal(String id) throws Exception {
        return FINAL.contains(client.get(TASKS + "/" + id).get("status").asText());
    }

    /** Cancels the task, waits for it to stop, and removes it. */
    private void discard(String id) throws Exception {
        client.delete(TASKS + "/" + id);
        while (!isFinal(id)) {
            Thread.sleep(10);
        }
        client.delete(TASKS + "/" + id);
        client.awaitIdle();
    }
}
