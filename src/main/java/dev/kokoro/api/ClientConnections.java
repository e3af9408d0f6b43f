package dev.kokoro.api;

import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps watch on the clients of streamed answers, so that a synthesis stops as soon as nobody is there to hear it
 * rather than at its next write, and a client that stops reading cannot hold its synthesis for ever.
 *
 * <p>Hang-ups: while an answer is under way, Jetty does not read its connection (the request body is consumed,
 * and HTTP/1.1 reads the next request only once this one is answered), so a client's close goes unseen until a
 * write fails, after the next chunk was made for nobody. Reading the socket ourselves would take bytes from
 * Jetty, and a second read interest on Jetty's endpoint makes it fail the exchange when the answer completes.
 * So the socket is registered, for readiness only, with a selector of our own: readable while an answer streams
 * means the client closed (nothing left to read) or sent a pipelined request (bytes waiting, which we leave to
 * Jetty and stop watching). A client that shuts down only its sending side while still reading counts as gone.
 *
 * <p>Stalled writes: a write to the client that stays blocked for the write timeout aborts the response, which
 * fails the write and so ends the stream; Jetty's idle timeout alone misses a client that reads a trickle.
 *
 * <p>One selector thread and one timer thread serve every answer. Thread-safe.
 */
final class ClientConnections implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClientConnections.class);

    private final Duration writeTimeout;
    private final Selector selector;
    private final Thread watcher;
    private final ScheduledExecutorService timer;

    ClientConnections(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("opening the hang-up selector", e);
        }
        this.watcher = Thread.ofPlatform().name("kokoro-hangups").daemon().start(this::watchLoop);
        ScheduledThreadPoolExecutor writeTimer = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("kokoro-write-timeout").daemon().factory());
        // Every write of every answer schedules a timeout and cancels it when the write returns: without this, each
        // cancelled one would stay queued for the whole timeout, holding its answer's context.
        writeTimer.setRemoveOnCancelPolicy(true);
        this.timer = writeTimer;
    }

    /**
     * Starts watching the client of this answer until the returned watch is closed.
     *
     * @param onGone run once, on the watcher's thread, when the client closed its connection or a write to it
     *               timed out; it should cancel the synthesis
     */
    Watch watch(Context ctx, Runnable onGone) {
        Watch watch = new Watch(ctx, onGone);
        EndPoint endPoint = Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                watch.key = channel.register(selector, SelectionKey.OP_READ, watch);
                selector.wakeup();
            } catch (IOException | IllegalStateException e) {
                // Closed already (ClosedChannelException) or being closed: the first write will tell.
                log.debug("Not watching a closing connection: {}", e.toString());
            }
        }
        return watch;
    }

    private void watchLoop() {
        try {
            while (selector.isOpen()) {
                selector.select(key -> {
                    key.cancel();
                    Watch watch = (Watch) key.attachment();
                    if (hungUp((SocketChannel) key.channel())) {
                        watch.gone("the client closed the connection");
                    }
                });
            }
        } catch (IOException | ClosedSelectorException e) {
            log.debug("Hang-up watcher stopped: {}", e.toString());
        }
    }

    /** Readable with nothing to read: the client's end of stream (or a reset), not a pipelined request. */
    private static boolean hungUp(SocketChannel channel) {
        try {
            return channel.socket().getInputStream().available() == 0;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            selector.close();
        } catch (IOException e) {
            log.debug("Closing the hang-up selector: {}", e.toString());
        }
    }

    /** The watch over one answer's client. */
    final class Watch implements AutoCloseable {
        private final Context ctx;
        private final Runnable onGone;
        private volatile SelectionKey key;
        private volatile String goneBecause;

        private Watch(Context ctx, Runnable onGone) {
            this.ctx = ctx;
            this.onGone = onGone;
        }

        /** Why the client is gone, or null while it is there as far as the watch knows. */
        String goneBecause() {
            return goneBecause;
        }

        /** The answer's body stream, whose writes end the answer when one stays blocked past the write timeout. */
        OutputStream timed(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    timeWrite(() -> out.write(b, off, len));
                }

                @Override
                public void flush() throws IOException {
                    timeWrite(out::flush);
                }
            };
        }

        private interface Write {
            void run() throws IOException;
        }

        private void timeWrite(Write write) throws IOException {
            ScheduledFuture<?> stall = timer.schedule(this::stalled, writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                write.run();
            } catch (IOException e) {
                String why = goneBecause;
                throw why == null ? e : new IOException(why, e);
            } finally {
                stall.cancel(false);
            }
        }

        private void stalled() {
            String why = "a write stayed blocked for " + writeTimeout.toSeconds() + " s";
            gone(why);
            ResponseAbort.abort(ctx, new TimeoutException(why));
        }

        private synchronized void gone(String why) {
            if (goneBecause == null) {
                goneBecause = why;
                log.debug("Stopping a synthesis: {}", why);
                onGone.run();
            }
        }

        @Override
        public void close() {
            SelectionKey watched = key;
            if (watched != null) {
                watched.cancel();
                // The selector drops the cancelled key at its next select: wake it, so a closed connection's
                // socket is released at once rather than when another connection stirs.
                selector.wakeup();
            }
        }
    }
}
