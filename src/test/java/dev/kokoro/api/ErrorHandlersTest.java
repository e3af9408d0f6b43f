package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.KokoroException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.error.RateLimitedException;
import dev.kokoro.error.ServerBusyException;
import dev.kokoro.error.SynthesisFailedException;
import dev.kokoro.g2p.EspeakNgUnavailableException;
import io.javalin.http.HttpStatus;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status of a failure outside an HTTP answer (a WebSocket message) is the one its HTTP handler sends. */
class ErrorHandlersTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new InvalidInputException("bad", "input", "invalid"), HttpStatus.BAD_REQUEST),
                // A subclass the table does not list answers as its nearest listed ancestor, as Javalin picks.
                Arguments.of(new InvalidInputException("bad", "voice", "invalid") { }, HttpStatus.BAD_REQUEST),
                Arguments.of(new NotFoundException("gone", null, "not_found"), HttpStatus.NOT_FOUND),
                Arguments.of(new RateLimitedException("slow down", OptionalLong.of(3)), HttpStatus.TOO_MANY_REQUESTS),
                Arguments.of(new ServerBusyException("busy", 2), HttpStatus.SERVICE_UNAVAILABLE),
                Arguments.of(new SynthesisFailedException("failed", null), HttpStatus.INTERNAL_SERVER_ERROR),
                Arguments.of(new EspeakNgUnavailableException("no espeak-ng", null), HttpStatus.INTERNAL_SERVER_ERROR));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("failures")
    void answersAsTheNearestListedType(KokoroException failure, HttpStatus expected) {
        assertThat(ErrorHandlers.statusOf(failure)).isEqualTo(expected);
    }
}
