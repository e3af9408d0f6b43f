package dev.kokoro.engine;

/**
 * The model could not be brought up at startup: a missing or unreadable file, an ONNX graph whose
 * inputs and outputs are not a Kokoro layout, or an execution device that cannot be used. The message
 * says what was found and what to do; the server prints it and stops.
 */
public class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
