package dev.kokoro.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kokoro.error.RateLimitedException;
import dev.kokoro.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Each limit's arithmetic on a clock the test moves: when a request is refused, and the Retry-After it gets. */
class QuotasTest {
    private static final int STREAM_RETRY_SECONDS = 2;
    /** 22:00:00.250 UTC: two hours less a quarter second before the characters of the day start again. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T22:00:00.250Z"));
    private final Quotas quotas = new Quotas(clock, STREAM_RETRY_SECONDS);

    private static ApiKey key(String name, KeyLimits limits) {
        return new ApiKey(name, KeyHash.digest(name), limits);
    }

    @Test
    void requestsPerMinuteIsASlidingWindowWhoseRetryAfterIsWhenTheOldestLeaves() {
        ApiKey key = key("k", new KeyLimits(3, 0, 0));
        quotas.admitRequest(key);
        clock.advance(Duration.ofSeconds(20));
        quotas.admitRequest(key);
        quotas.admitRequest(key);

        clock.advance(Duration.ofMillis(10_500)); // 30.5 s after the first request
        assertThat(refusal(() -> quotas.admitRequest(key)).retryAfterSeconds()).isEqualTo(OptionalLong.of(30));

        clock.advance(Duration.ofMillis(29_500)); // the first request is exactly 60 s old: out of the window
        assertThatCode(() -> quotas.admitRequest(key)).doesNotThrowAnyException();
        // the two of second 20 and the one just made fill the window again until second 80
        assertThat(refusal(() -> quotas.admitRequest(key)).retryAfterSeconds()).isEqualTo(OptionalLong.of(20));
    }

    @Test
    void aRefusedRequestIsNotCounted() {
        ApiKey key = key("k", new KeyLimits(1, 0, 0));
        quotas.admitRequest(key);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            refusal(() -> quotas.admitRequest(key));
        }
        clock.advance(Duration.ofSeconds(10)); // 60 s after the only admitted one
        assertThatCode(() -> quotas.admitRequest(key)).doesNotThrowAnyException();
    }

    @Test
    void charactersPerDayRefuseTheTextThatWouldPassTheLimitUntilMidnightUtc() {
        ApiKey key = key("k", new KeyLimits(0, 100, 0));
        quotas.startStream(key, 60).close();
        quotas.startStream(key, 40).close(); // exactly the limit

        RateLimitedException refused = refusal(() -> quotas.startStream(key, 1));
        // 1:59:59.750 to midnight, rounded up
        assertThat(refused.retryAfterSeconds()).isEqualTo(OptionalLong.of(2 * 3600));
        assertThat(refused.getMessage()).contains("100 characters").contains("0 left");

        clock.advance(Duration.ofHours(2));
        assertThatCode(() -> quotas.startStream(key, 100).close()).doesNotThrowAnyException();
    }

    @Test
    void aRefusedTextIsNotCountedAndQueuedTextCountsToo() {
        ApiKey key = key("k", new KeyLimits(0, 100, 0));
        quotas.chargeText(key, 70);
        refusal(() -> quotas.startStream(key, 31));
        refusal(() -> quotas.chargeText(key, 31));
        assertThatCode(() -> quotas.startStream(key, 30).close()).doesNotThrowAnyException();
    }

    @Test
    void aTextLongerThanTheWholeDayHasNoRetryAfter() {
        ApiKey key = key("k", new KeyLimits(0, 100, 0));
        RateLimitedException refused = refusal(() -> quotas.startStream(key, 101));
        assertThat(refused.retryAfterSeconds()).isEmpty();
        assertThat(refused.getMessage()).contains("101 characters");
    }

    @Test
    void concurrentStreamsAreFreedWhenAPermitClosesOnce() {
        ApiKey key = key("k", new KeyLimits(0, 0, 2));
        StreamPermit first = quotas.startStream(key, 5);
        StreamPermit second = quotas.startStream(key, 5);
        RateLimitedException refused = refusal(() -> quotas.startStream(key, 5));
        assertThat(refused.retryAfterSeconds()).isEqualTo(OptionalLong.of(STREAM_RETRY_SECONDS));
        assertThat(refused.code()).isEqualTo("rate_limit_exceeded");

        first.close();
        first.close(); // a second close frees nothing more
        StreamPermit third = quotas.startStream(key, 5);
        refusal(() -> quotas.startStream(key, 5));

        second.close();
        third.close();
        quotas.startStream(key, 5);
    }

    @Test
    void aStreamRefusedForItsCharactersHoldsNoStream() {
        ApiKey key = key("k", new KeyLimits(0, 10, 1));
        refusal(() -> quotas.startStream(key, 11));
        assertThatCode(() -> quotas.startStream(key, 10)).doesNotThrowAnyException();
    }

    @Test
    void keysAreCountedApartAndZeroMeansNoLimit() {
        ApiKey limited = key("limited", new KeyLimits(1, 10, 1));
        ApiKey free = key("free", KeyLimits.NONE);
        quotas.admitRequest(limited);
        quotas.startStream(limited, 10);
        for (int i = 0; i < 1000; i++) {
            quotas.admitRequest(free);
            quotas.startStream(free, 1_000_000);
        }
        refusal(() -> quotas.admitRequest(limited));
    }

    private static RateLimitedException refusal(Runnable call) {
        RateLimitedException refused = catchThrowableOfType(RateLimitedException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
