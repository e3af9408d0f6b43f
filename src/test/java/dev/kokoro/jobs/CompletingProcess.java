package dev.kokoro.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A server's job side in a process of its own, for {@link KilledServerTest} to kill: claims and completes the
 * jobs in the embedded database under the data folder given as its argument, one every few milliseconds, and
 * prints {@code completed <id>} once the store has acknowledged each completion (its commit returned), as a
 * server answers a client only then.
 */
public final class CompletingProcess {
    private CompletingProcess() {}

    public static void main(String[] args) throws InterruptedException {
        JobDatabase db = JobDatabase.open("", "", "", Path.of(args[0]), 2);
        JobStore store = new JdbcJobStore(db, KilledServerTest.POLICY, Clock.systemUTC());
        while (true) {
            Optional<Claim> claim = store.claim("child/0", KilledServerTest.LEASE);
            if (claim.isEmpty()) {
                Thread.sleep(5);
                continue;
            }
            Thread.sleep(5);
            byte[] audio = claim.get().job().spec().text().getBytes();
            if (store.complete(claim.get().lease(), new JobResult(audio, "wav", 1, 0.005))) {
                System.out.println("completed " + claim.get().job().id());
                System.out.flush();
            }
        }
    }
}
