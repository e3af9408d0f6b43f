package dev.kokoro.jobs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The callbacks owed, in the database ({@link JdbcJobStore} adds one in the transaction that ends a job with a
 * callback URL). A dispatcher claims one due delivery at a time under a lease, with {@code SKIP LOCKED}, so two
 * replicas never send the same delivery at once; a dispatcher that dies mid-send lets it go when the lease runs
 * out. Outcomes are fenced by owner and attempt.
 */
public final class CallbackOutbox {
    private static final String FENCE = " WHERE id = ? AND lease_owner = ? AND attempts = ?";

    private final JobDatabase db;
    private final Clock clock;

    public CallbackOutbox(JobDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The delivery due soonest whose time has come, claimed for {@code owner} until {@code lease} passes. */
    Optional<CallbackDelivery> claimDue(String owner, Duration lease) {
        return db.transaction(c -> {
            long now = clock.millis();
            long id;
            String jobId;
            String url;
            int attempt;
            try (PreparedStatement s = c.prepareStatement("SELECT id, job_id, url, attempts FROM callback_deliveries "
                    + "WHERE state = 'PENDING' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) "
                    + "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, now);
                s.setLong(2, now);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    id = r.getLong(1);
                    jobId = r.getString(2);
                    url = r.getString(3);
                    attempt = r.getInt(4) + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE callback_deliveries SET lease_owner = ?, "
                    + "lease_until = ?, attempts = ? WHERE id = ?")) {
                s.setString(1, owner);
                s.setLong(2, now + lease.toMillis());
                s.setInt(3, attempt);
                s.setLong(4, id);
                s.executeUpdate();
            }
            return Optional.of(new CallbackDelivery(id, jobId, url, attempt, owner));
        });
    }

    /** The receiver took it. */
    boolean delivered(CallbackDelivery delivery) {
        return end(delivery, "DELIVERED", null);
    }

    /** No more attempts: the last error is kept for the operator. */
    boolean giveUp(CallbackDelivery delivery, String error) {
        return end(delivery, "FAILED", error);
    }

    /** Sends it again at {@code at}. */
    boolean retryAt(CallbackDelivery delivery, Instant at, String error) {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE callback_deliveries SET next_attempt_at = ?, "
                    + "last_error = ?, lease_owner = NULL, lease_until = NULL" + FENCE)) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, error);
                fence(s, 3, delivery);
                return s.executeUpdate() == 1;
            }
        });
    }

    private boolean end(CallbackDelivery delivery, String state, String error) {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE callback_deliveries SET state = ?, last_error = ?, "
                    + "lease_owner = NULL, lease_until = NULL" + FENCE)) {
                s.setString(1, state);
                s.setString(2, error);
                fence(s, 3, delivery);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static void fence(PreparedStatement s, int from, CallbackDelivery delivery) throws SQLException {
        s.setLong(from, delivery.id());
        s.setString(from + 1, delivery.owner());
        s.setInt(from + 2, delivery.attempt());
    }

    /** Deliveries not yet delivered nor given up. */
    public long pending() {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM callback_deliveries WHERE state = 'PENDING'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
