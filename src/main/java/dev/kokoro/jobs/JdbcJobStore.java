package dev.kokoro.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The job store over a {@link JobDatabase}. Claims lock the chosen row with {@code FOR UPDATE SKIP LOCKED}, so
 * concurrent claimers, in this process or in other replicas, each take a different job; worker updates carry
 * the lease owner and attempt in their WHERE clause (fencing). A job's end, its audio and the callback it owes
 * are written in one transaction.
 */
public final class JdbcJobStore implements JobStore {
    private static final String COLUMNS = "id, kind, spec, priority, state, progress, created_at, queued_at, "
            + "started_at, completed_at, attempts, error_message, metadata, callback_url, result_format, "
            + "result_bytes, result_duration, synthesis_seconds, expires_at";
    private static final String FENCE = " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?";
    private static final String NOT_EXPIRED = "(expires_at IS NULL OR expires_at >= ?)";
    private static final String FINAL_STATES = "('COMPLETED', 'FAILED', 'CANCELLED', 'TIMED_OUT')";
    /** Sets expires_at by the row's kind: the first ? for RunPod jobs, the second for tasks (see {@link #expiry}). */
    private static final String EXPIRY = "expires_at = CASE WHEN kind = 'RUNPOD' THEN ? ELSE ? END";

    private final JobDatabase db;
    private final JobPolicy policy;
    private final Clock clock;

    public JdbcJobStore(JobDatabase db, JobPolicy policy, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    private long now() {
        return clock.millis();
    }

    /** When a job of the kind ending at {@code now} expires: {@link #EXPIRY} takes it for both kinds. */
    private long expiry(JobKind kind, long now) {
        return now + policy.resultAge(kind).toMillis();
    }

    @Override
    public Job submit(NewJob job) {
        String id = UUID.randomUUID().toString();
        long now = now();
        db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO jobs (id, kind, spec, priority, state, "
                    + "created_at, queued_at, metadata, callback_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, job.kind().name());
                s.setString(3, JobSpecJson.write(job.spec()));
                s.setInt(4, job.priority().rank());
                s.setString(5, (job.start() ? JobState.QUEUED : JobState.REGISTERED).name());
                s.setLong(6, now);
                setLongOrNull(s, 7, job.start() ? now : null);
                s.setString(8, job.metadata());
                s.setString(9, job.callbackUrl());
                return s.executeUpdate();
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Job> find(String id) {
        return db.autoCommit(c -> read(c, id));
    }

    private Optional<Job> read(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ? AND " + NOT_EXPIRED)) {
            s.setString(1, id);
            s.setLong(2, now());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(job(r)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Job> list(JobFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM jobs WHERE " + NOT_EXPIRED);
        List<Object> args = new ArrayList<>(List.of(now()));
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.state() != null) {
            sql.append(" AND state = ?");
            args.add(filter.state().name());
        }
        if (filter.priority() != null) {
            sql.append(" AND priority = ?");
            args.add(filter.priority().rank());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        args.add(filter.limit());
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                List<Job> jobs = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        jobs.add(job(r));
                    }
                }
                return jobs;
            }
        });
    }

    @Override
    public boolean start(String id) {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET state = 'QUEUED', queued_at = ? "
                + "WHERE id = ? AND state = 'REGISTERED'", now(), id)) == 1;
    }

    @Override
    public int startRegistered(JobKind kind, int max) {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET state = 'QUEUED', queued_at = ? "
                + "WHERE state = 'REGISTERED' AND id IN (SELECT id FROM jobs WHERE state = 'REGISTERED' AND kind = ? "
                + "ORDER BY created_at, id LIMIT ?)", now(), kind.name(), max));
    }

    @Override
    public Optional<Job> cancel(String id) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT state FROM jobs WHERE id = ? FOR UPDATE")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    if (JobState.valueOf(r.getString(1)).isFinal()) {
                        return read(c, id);
                    }
                }
            }
            long now = now();
            update(c, "UPDATE jobs SET state = 'CANCELLED', completed_at = ?, lease_owner = NULL, lease_until = NULL, "
                    + EXPIRY + " WHERE id = ?", now, expiry(JobKind.RUNPOD, now), expiry(JobKind.TASK, now), id);
            owesCallback(c, id, now);
            return read(c, id);
        });
    }

    @Override
    public boolean delete(String id) {
        return db.autoCommit(c -> update(c, "DELETE FROM jobs WHERE id = ? AND state IN " + FINAL_STATES, id)) == 1;
    }

    @Override
    public int purgeQueued(JobKind kind) {
        return db.autoCommit(c -> update(c, "DELETE FROM jobs WHERE kind = ? AND state = 'QUEUED'", kind.name()));
    }

    @Override
    public Optional<Claim> claim(String owner, Duration lease) {
        return db.transaction(c -> {
            long now = now();
            String id;
            int attempts;
            try (PreparedStatement s = c.prepareStatement("SELECT id, attempts FROM jobs WHERE state = 'QUEUED' "
                    + "OR (state = 'RUNNING' AND lease_until < ? AND attempts < ?) "
                    + "ORDER BY priority DESC, queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, now);
                s.setInt(2, policy.maxAttempts());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    id = r.getString(1);
                    attempts = r.getInt(2);
                }
            }
            int attempt = attempts + 1;
            update(c, "UPDATE jobs SET state = 'RUNNING', lease_owner = ?, lease_until = ?, attempts = ?, progress = 0, "
                    + "started_at = COALESCE(started_at, ?) WHERE id = ?", owner, now + lease.toMillis(), attempt, now, id);
            Job job = read(c, id).orElseThrow();
            return Optional.of(new Claim(job, new Lease(id, owner, attempt)));
        });
    }

    @Override
    public boolean renew(Lease lease, Duration duration) {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET lease_until = ?" + FENCE,
                now() + duration.toMillis(), lease.jobId(), lease.owner(), lease.attempt())) == 1;
    }

    @Override
    public boolean progress(Lease lease, double progress, Duration duration) {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET progress = ?, lease_until = ?" + FENCE,
                Math.clamp(progress, 0.0, 1.0), now() + duration.toMillis(), lease.jobId(), lease.owner(),
                lease.attempt())) == 1;
    }

    @Override
    public boolean complete(Lease lease, JobResult result) {
        if (result.audio().length > MAX_AUDIO_BYTES) {
            throw new IllegalArgumentException("Audio of " + result.audio().length + " bytes is over the limit of "
                    + MAX_AUDIO_BYTES);
        }
        return db.transaction(c -> {
            long now = now();
            int ended = update(c, "UPDATE jobs SET state = 'COMPLETED', progress = 1, completed_at = ?, "
                    + "lease_owner = NULL, lease_until = NULL, result_format = ?, result_bytes = ?, result_duration = ?, "
                    + "synthesis_seconds = ?, " + EXPIRY + FENCE, now, result.format(), (long) result.audio().length,
                    result.durationSeconds(), result.synthesisSeconds(), expiry(JobKind.RUNPOD, now),
                    expiry(JobKind.TASK, now), lease.jobId(), lease.owner(), lease.attempt());
            if (ended == 0) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job_audio (job_id, audio) VALUES (?, ?)")) {
                s.setString(1, lease.jobId());
                s.setBytes(2, result.audio());
                s.executeUpdate();
            }
            owesCallback(c, lease.jobId(), now);
            return true;
        });
    }

    @Override
    public boolean fail(Lease lease, String error) {
        return db.transaction(c -> {
            long now = now();
            int ended = update(c, "UPDATE jobs SET state = 'FAILED', completed_at = ?, error_message = ?, "
                    + "lease_owner = NULL, lease_until = NULL, " + EXPIRY + FENCE, now, error, expiry(JobKind.RUNPOD, now),
                    expiry(JobKind.TASK, now), lease.jobId(), lease.owner(), lease.attempt());
            if (ended == 0) {
                return false;
            }
            owesCallback(c, lease.jobId(), now);
            return true;
        });
    }

    @Override
    public boolean release(Lease lease) {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET state = 'QUEUED', progress = 0, lease_owner = NULL, "
                + "lease_until = NULL" + FENCE, lease.jobId(), lease.owner(), lease.attempt())) == 1;
    }

    @Override
    public int expireLeases() {
        return db.autoCommit(c -> update(c, "UPDATE jobs SET lease_until = ? WHERE state = 'RUNNING'", now() - 1));
    }

    @Override
    public Optional<JobState> state(String id) {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT state FROM jobs WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(JobState.valueOf(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<byte[]> audio(String id) {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.audio FROM job_audio a JOIN jobs j ON j.id = a.job_id "
                    + "WHERE a.job_id = ? AND (j.expires_at IS NULL OR j.expires_at >= ?)")) {
                s.setString(1, id);
                s.setLong(2, now());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Long> jobsAhead(String id) {
        return db.autoCommit(c -> {
            int priority;
            long queuedAt;
            try (PreparedStatement s = c.prepareStatement("SELECT priority, queued_at FROM jobs "
                    + "WHERE id = ? AND state = 'QUEUED'")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    priority = r.getInt(1);
                    queuedAt = r.getLong(2);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM jobs WHERE state = 'QUEUED' AND "
                    + "(priority > ? OR (priority = ? AND (queued_at < ? OR (queued_at = ? AND id < ?))))")) {
                s.setInt(1, priority);
                s.setInt(2, priority);
                s.setLong(3, queuedAt);
                s.setLong(4, queuedAt);
                s.setString(5, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return Optional.of(r.getLong(1));
                }
            }
        });
    }

    @Override
    public JobCounts counts(JobKind kind) {
        String sql = "SELECT state, priority, COUNT(*), SUM(CASE WHEN attempts > 1 THEN 1 ELSE 0 END), "
                + "SUM(synthesis_seconds), COUNT(synthesis_seconds) FROM jobs WHERE " + NOT_EXPIRED
                + (kind == null ? "" : " AND kind = ?") + " GROUP BY state, priority";
        return db.autoCommit(c -> {
            Map<JobState, Long> byState = new EnumMap<>(JobState.class);
            Map<JobPriority, Long> byPriority = new EnumMap<>(JobPriority.class);
            for (JobState state : JobState.values()) {
                byState.put(state, 0L);
            }
            for (JobPriority priority : JobPriority.values()) {
                byPriority.put(priority, 0L);
            }
            long retried = 0;
            double synthesisSeconds = 0;
            long synthesized = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, now());
                if (kind != null) {
                    s.setString(2, kind.name());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long n = r.getLong(3);
                        byState.merge(JobState.valueOf(r.getString(1)), n, Long::sum);
                        byPriority.merge(JobPriority.ofRank(r.getInt(2)), n, Long::sum);
                        retried += r.getLong(4);
                        synthesisSeconds += r.getDouble(5);
                        synthesized += r.getLong(6);
                    }
                }
            }
            return new JobCounts(byState, byPriority, retried, synthesized == 0 ? 0 : synthesisSeconds / synthesized);
        });
    }

    @Override
    public double recentSynthesisSeconds(int lastJobs) {
        return db.autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT synthesis_seconds FROM jobs "
                    + "WHERE state = 'COMPLETED' ORDER BY completed_at DESC LIMIT ?")) {
                s.setInt(1, lastJobs);
                double sum = 0;
                int n = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sum += r.getDouble(1);
                        n++;
                    }
                }
                return n == 0 ? 0 : sum / n;
            }
        });
    }

    @Override
    public int timeOutAbandoned() {
        return db.transaction(c -> {
            long now = now();
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM jobs WHERE state = 'RUNNING' "
                    + "AND lease_until < ? AND attempts >= ? FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, now);
                s.setInt(2, policy.maxAttempts());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            for (String id : ids) {
                update(c, "UPDATE jobs SET state = 'TIMED_OUT', completed_at = ?, error_message = ?, lease_owner = NULL, "
                        + "lease_until = NULL, " + EXPIRY + " WHERE id = ?", now,
                        "Its worker stopped answering on each of " + policy.maxAttempts() + " attempts", expiry(JobKind.RUNPOD, now), expiry(JobKind.TASK, now), id);
                owesCallback(c, id, now);
            }
            return ids.size();
        });
    }

    @Override
    public int removeExpired() {
        return db.autoCommit(c -> update(c, "DELETE FROM jobs WHERE expires_at < ?", now()));
    }

    @Override
    public int trimAudio(long maxTotalBytes) {
        return db.transaction(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(result_bytes), 0) FROM jobs")) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<String> oldest = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, result_bytes FROM jobs "
                    + "WHERE result_bytes IS NOT NULL ORDER BY completed_at, id")) {
                try (ResultSet r = s.executeQuery()) {
                    while (total > maxTotalBytes && r.next()) {
                        oldest.add(r.getString(1));
                        total -= r.getLong(2);
                    }
                }
            }
            for (String id : oldest) {
                update(c, "DELETE FROM jobs WHERE id = ?", id);
            }
            return oldest.size();
        });
    }

    /** Queues the callback a job that just ended owes, if its client asked for one. */
    private static void owesCallback(Connection c, String id, long now) throws SQLException {
        update(c, "INSERT INTO callback_deliveries (job_id, url, state, attempts, next_attempt_at, created_at) "
                + "SELECT id, callback_url, 'PENDING', 0, ?, ? FROM jobs WHERE id = ? AND callback_url IS NOT NULL",
                now, now, id);
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    private static void setLongOrNull(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static Job job(ResultSet r) throws SQLException {
        String format = r.getString("result_format");
        Job.ResultInfo result = format == null ? null : new Job.ResultInfo(format, r.getLong("result_bytes"),
                r.getDouble("result_duration"), r.getDouble("synthesis_seconds"));
        return new Job(
                r.getString("id"),
                JobKind.valueOf(r.getString("kind")),
                JobSpecJson.read(r.getString("spec")),
                JobPriority.ofRank(r.getInt("priority")),
                JobState.valueOf(r.getString("state")),
                r.getDouble("progress"),
                instant(r, "created_at"),
                instant(r, "queued_at"),
                instant(r, "started_at"),
                instant(r, "completed_at"),
                r.getInt("attempts"),
                r.getString("error_message"),
                r.getString("metadata"),
                r.getString("callback_url"),
                result,
                instant(r, "expires_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
