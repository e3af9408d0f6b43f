package dev.kokoro.jobs;

class H2CallbackTest extends CallbackContract {
    @Override
    protected DbLocation newLocation() {
        return newH2Location();
    }
}
