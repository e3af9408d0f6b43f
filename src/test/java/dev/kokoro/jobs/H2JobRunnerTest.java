package dev.kokoro.jobs;

class H2JobRunnerTest extends JobRunnerContract {
    @Override
    protected DbLocation newLocation() {
        return newH2Location();
    }
}
