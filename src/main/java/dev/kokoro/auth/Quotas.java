package dev.kokoro.auth;

import dev.kokoro.error.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What each key has used, against its {@link KeyLimits}: requests in the last 60 seconds (a sliding window, so
 * {@code Retry-After} is exactly when the oldest one leaves it), characters accepted since 00:00 UTC, and
 * syntheses in progress. The counts live in this process's memory: each replica counts on its own and they start
 * from zero when it restarts. Sharing them between replicas would need a store all of them update atomically
 * (Redis INCR with expiry, or a row per key and window in the jobs database). Thread-safe.
 */
public final class Quotas {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Clock clock;
    private final int streamRetrySeconds;
    private final Map<String, Usage> usage = new ConcurrentHashMap<>();

    /**
     * @param streamRetrySeconds the {@code Retry-After} of a refused stream: when a stream ends cannot be foreseen,
     *                           so this is the pause the server asks for when it is busy
     */
    public Quotas(Clock clock, int streamRetrySeconds) {
        this.clock = clock;
        this.streamRetrySeconds = streamRetrySeconds;
    }

    /** Counts one request, or refuses it when the key has made its requests-per-minute in the last 60 seconds. */
    public void admitRequest(ApiKey key) {
        int limit = key.limits().requestsPerMinute();
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        Usage u = usageOf(key);
        synchronized (u) {
            while (!u.requests.isEmpty() && !u.requests.peekFirst().plus(MINUTE).isAfter(now)) {
                u.requests.removeFirst();
            }
            if (u.requests.size() >= limit) {
                Duration wait = Duration.between(now, u.requests.peekFirst().plus(MINUTE));
                throw new RateLimitedException("Rate limit reached: this API key may make " + limit
                        + " requests per minute.", OptionalLong.of(ceilSeconds(wait)));
            }
            u.requests.addLast(now);
        }
    }

    /**
     * Starts a synthesis of {@code chars} characters: refused when the key already has its concurrent streams, or
     * when the text would take it past its characters for the day; otherwise the characters are counted and the
     * stream held until the permit is closed.
     */
    public StreamPermit startStream(ApiKey key, int chars) {
        KeyLimits limits = key.limits();
        Usage u = usageOf(key);
        synchronized (u) {
            if (limits.concurrentStreams() > 0 && u.streams >= limits.concurrentStreams()) {
                throw new RateLimitedException("Rate limit reached: this API key may have " + limits.concurrentStreams()
                        + " syntheses in progress at once.", OptionalLong.of(streamRetrySeconds));
            }
            if (limits.charsPerDay() > 0) {
                chargeChars(u, limits.charsPerDay(), chars);
            }
            u.streams++;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                synchronized (u) {
                    u.streams--;
                }
            }
        };
    }

    /** Counts the characters of a queued job's text, which holds no stream while it waits. */
    public void chargeText(ApiKey key, int chars) {
        if (key.limits().charsPerDay() > 0) {
            Usage u = usageOf(key);
            synchronized (u) {
                chargeChars(u, key.limits().charsPerDay(), chars);
            }
        }
    }

    private void chargeChars(Usage u, long limit, int chars) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(u.day)) {
            u.day = today;
            u.chars = 0;
        }
        if (chars > limit) {
            throw new RateLimitedException("The text has " + chars + " characters, more than this API key may have "
                    + "synthesized in a whole day (" + limit + ").", OptionalLong.empty());
        }
        if (u.chars + chars > limit) {
            Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            throw new RateLimitedException("Rate limit reached: this API key may have " + limit + " characters "
                    + "synthesized per day (UTC) and has " + (limit - u.chars) + " left; the text has " + chars + ".",
                    OptionalLong.of(ceilSeconds(Duration.between(now, midnight))));
        }
        u.chars += chars;
    }

    /** Whole seconds, rounded up: a client that waits that long is admitted. */
    private static long ceilSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private Usage usageOf(ApiKey key) {
        return usage.computeIfAbsent(key.name(), name -> new Usage());
    }

    /** One key's counts; guarded by its own monitor. */
    private static final class Usage {
        final ArrayDeque<Instant> requests = new ArrayDeque<>();
        LocalDate day;
        long chars;
        int streams;
    }
}
