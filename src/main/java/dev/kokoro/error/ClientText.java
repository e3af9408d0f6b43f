package dev.kokoro.error;

/**
 * Client input as error messages quote it: at most {@link #MAX_QUOTED_CHARS} characters of it, so that a
 * megabyte-long field is not echoed back whole.
 */
public final class ClientText {
    /** As much of a value as a message shows: enough to recognise it. */
    public static final int MAX_QUOTED_CHARS = 100;

    private ClientText() {
    }

    /** {@code 'value'}, or its beginning and how long it was when it is longer than the limit; null unquoted. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        return "'" + shorten(value) + "'";
    }

    /** The value itself, or its beginning, an ellipsis and its length when it is longer than the limit. */
    public static String shorten(String value) {
        if (value.length() <= MAX_QUOTED_CHARS) {
            return value;
        }
        // Never split a surrogate pair: the message must stay valid UTF-8.
        int end = MAX_QUOTED_CHARS - (Character.isHighSurrogate(value.charAt(MAX_QUOTED_CHARS - 1)) ? 1 : 0);
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }
}
