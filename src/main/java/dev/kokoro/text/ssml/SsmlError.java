package dev.kokoro.text.ssml;

import dev.kokoro.error.InvalidInputException;

/** The one error every SSML problem becomes: a 400 on the {@code input} field, naming where it is. */
final class SsmlError {
    static final String PARAM = "input";
    static final String CODE = "invalid_ssml";

    private SsmlError() {
    }

    /** "SSML line 3, column 7: message". */
    static InvalidInputException at(int line, int column, String message) {
        return new InvalidInputException("SSML line " + line + ", column " + column + ": " + message, PARAM, CODE);
    }

    /** A problem with the document as a whole, which has no one place. */
    static InvalidInputException whole(String message) {
        return new InvalidInputException("SSML: " + message, PARAM, CODE);
    }
}
