package dev.kokoro.api;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import io.javalin.http.Context;

/** Query parameters read the same way on every route. */
final class QueryParams {
    private QueryParams() {
    }

    /**
     * A whole number from 1 to {@code max}, or {@code fallback} when the parameter is absent.
     *
     * @throws InvalidInputException naming the parameter, for anything else
     */
    static int positive(Context ctx, String name, int fallback, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw new InvalidInputException("'" + name + "' must be a whole number from 1 to " + max + ", was "
                + ClientText.quote(value) + ".", name, "invalid_" + name);
    }

    /**
     * A whole number, or null when the parameter is absent; the caller checks its range.
     *
     * @throws InvalidInputException naming the parameter, when it is not a whole number
     */
    static Integer integer(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + name + "' must be a whole number, was " + ClientText.quote(value)
                    + ".", name, "invalid_" + name);
        }
    }
}
