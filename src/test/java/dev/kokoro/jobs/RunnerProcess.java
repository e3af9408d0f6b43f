package dev.kokoro.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * A server's job side in a process of its own, for {@link KilledServerTest} to kill: runs the jobs in the
 * embedded database under the data folder given as its argument, and prints {@code completed <id>} for each
 * job it sees committed as completed.
 */
public final class RunnerProcess {
    private RunnerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        JobDatabase db = JobDatabase.open("", "", "", Path.of(args[0]), 4);
        JobStore store = new JdbcJobStore(db, KilledServerTest.POLICY, Clock.systemUTC());
        JobSynthesizer slow = (spec, progress, cancelled) -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeSynthesizer().synthesize(spec, progress, cancelled);
        };
        new JobRunner(store, slow, new RunnerOptions(1, KilledServerTest.LEASE, Duration.ofMillis(20)), "child").start();
        Set<String> reported = new HashSet<>();
        while (true) {
            for (Job job : store.list(new JobFilter(null, JobState.COMPLETED, null, 1000))) {
                if (reported.add(job.id())) {
                    System.out.println("completed " + job.id());
                    System.out.flush();
                }
            }
            Thread.sleep(5);
        }
    }
}
