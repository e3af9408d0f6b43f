package dev.kokoro.jobs;

class H2JobStoreTest extends JobStoreContract {
    @Override
    protected DbLocation newLocation() {
        return newH2Location();
    }
}
