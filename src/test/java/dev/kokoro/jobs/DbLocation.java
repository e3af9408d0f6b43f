package dev.kokoro.jobs;

import java.nio.file.Path;

/** Where a test's job database is: a PostgreSQL URL, or an empty URL and the data folder of an embedded one. */
record DbLocation(String url, String user, Path dataDir) {

    /** Opens it as a replica would; opening it twice gives two replicas on one database. */
    JobDatabase open() {
        return JobDatabase.open(url, user, "", dataDir, 8);
    }
}
