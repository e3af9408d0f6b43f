package dev.kokoro.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the callbacks in the {@link CallbackOutbox} on a thread of its own, so a slow or failing receiver never
 * holds up synthesis: one POST of the job's final JSON per delivery, signed when a secret is set, retried with
 * exponential back-off until the receiver answers 2xx or the attempts run out. Retries are in the database, so
 * they outlive a restart. A receiver gets a result once, unless this replica dies between its answer and the
 * record of it (then again after the lease): {@code X-Kokoro-Delivery} lets it tell.
 */
public final class CallbackDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);
    public static final String DELIVERY_HEADER = "X-Kokoro-Delivery";

    private final CallbackOutbox outbox;
    private final JobStore store;
    private final CallbackBody body;
    private final CallbackPolicy policy;
    private final CallbackSigner signer;
    private final Clock clock;
    private final String owner;
    private final HttpClient http;
    private final Thread thread;
    private final WakeSignal due = new WakeSignal();
    private volatile boolean stopping;

    public CallbackDispatcher(CallbackOutbox outbox, JobStore store, CallbackBody body, CallbackPolicy policy,
            Clock clock, String owner) {
        this.outbox = outbox;
        this.store = store;
        this.body = body;
        this.policy = policy;
        this.signer = policy.secret().isEmpty() ? null : new CallbackSigner(policy.secret());
        this.clock = clock;
        this.owner = owner;
        this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
        this.thread = Thread.ofPlatform().name("job-callbacks").daemon().unstarted(this::loop);
    }

    public CallbackDispatcher start() {
        thread.start();
        return this;
    }

    /** Looks at the outbox now instead of at the next poll (a job with a callback just ended here). */
    public void wake() {
        due.wake();
    }

    private void loop() {
        while (!stopping) {
            Optional<CallbackDelivery> next;
            try {
                next = outbox.claimDue(owner, policy.lease());
            } catch (RuntimeException e) {
                log.warn("Cannot read the callback outbox: {}", e.getMessage());
                next = Optional.empty();
            }
            if (next.isPresent()) {
                try {
                    send(next.get());
                } catch (RuntimeException e) {
                    log.warn("Cannot record callback {}: {}", next.get().id(), e.getMessage());
                }
            } else {
                idle();
            }
        }
    }

    private void idle() {
        try {
            due.await(policy.poll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private void send(CallbackDelivery delivery) {
        Optional<Job> job = store.find(delivery.jobId());
        if (job.isEmpty()) {
            outbox.giveUp(delivery, "The job expired before its callback was delivered");
            return;
        }
        byte[] json;
        try {
            json = body.json(job.get()).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            log.warn("Callback for job {} cannot be written", delivery.jobId(), e);
            outbox.giveUp(delivery, "The callback body cannot be written: " + e.getMessage());
            return;
        }
        String failure = post(delivery, json);
        if (failure == null) {
            outbox.delivered(delivery);
        } else if (delivery.attempt() >= policy.maxAttempts()) {
            log.warn("Callback for job {} to {} given up after {} attempts: {}", delivery.jobId(), delivery.url(),
                    delivery.attempt(), failure);
            outbox.giveUp(delivery, failure);
        } else {
            log.info("Callback for job {} to {} failed ({}), attempt {} of {}", delivery.jobId(), delivery.url(),
                    failure, delivery.attempt(), policy.maxAttempts());
            outbox.retryAt(delivery, clock.instant().plus(policy.backoff(delivery.attempt())), failure);
        }
    }

    /** POSTs the body; null when the receiver took it, else why not. */
    private String post(CallbackDelivery delivery, byte[] json) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()));
        } catch (IllegalArgumentException e) {
            return "bad callback URL: " + e.getMessage();
        }
        request.timeout(policy.timeout())
                .header("Content-Type", "application/json")
                .header(DELIVERY_HEADER, Long.toString(delivery.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (signer != null) {
            request.header(CallbackSigner.HEADER, signer.sign(json));
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            return "interrupted";
        }
    }

    @Override
    public void close() {
        stopping = true;
        wake();
        try {
            thread.join(policy.timeout().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
