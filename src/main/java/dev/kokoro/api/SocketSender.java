package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Sends JSON messages on one WebSocket for every request in flight on it: Jetty takes one send at a time per
 * session, so each message goes out whole, under a lock, and the messages of several requests interleave only
 * between messages. A slow client therefore holds back every request on its socket, and no other socket.
 * Thread-safe.
 */
final class SocketSender {
    private final Session session;
    private final ObjectMapper json;
    private final ReentrantLock lock = new ReentrantLock();

    SocketSender(Session session, ObjectMapper json) {
        this.session = session;
        this.json = json;
    }

    /**
     * Sends one message, waiting until it is written.
     *
     * @throws IOException when the socket is closed or the write failed
     */
    void send(Object message) throws IOException {
        String text = json.writeValueAsString(message);
        lock.lock();
        try {
            if (!session.isOpen()) {
                throw new IOException("the WebSocket is closed");
            }
            session.getRemote().sendString(text);
        } finally {
            lock.unlock();
        }
    }

    /** Sends a message if the socket is still open; a client that has gone has nobody to tell. */
    void sendIfOpen(Object message) {
        try {
            send(message);
        } catch (IOException gone) {
            // Nothing to do: the close handler cancels what the socket had in flight.
        }
    }
}
