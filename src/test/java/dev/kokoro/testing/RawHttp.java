package dev.kokoro.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare TCP client for what {@link java.net.http.HttpClient} cannot send: a request line or headers it would refuse
 * to write, a broken chunked framing, a body larger than the server reads. The request is written on a thread of its
 * own while the answer is read, as a server may answer (and close) before it has read everything.
 */
public final class RawHttp {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** An answer as it came on the wire; {@code sentBytes} is how much of the request was written before the end. */
    public record Answer(int status, Map<String, String> headers, byte[] body, long sentBytes) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Something to write on the connection, in pieces as it likes. */
    @FunctionalInterface
    public interface Request {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Sends the request bytes as they are and reads the answer up to the end of the connection. */
    public Answer send(byte[] request) throws IOException, InterruptedException {
        return send(out -> out.write(request));
    }

    public Answer send(Request request) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            AtomicLong sent = new AtomicLong();
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    request.writeTo(new CountingStream(out, sent));
                    out.flush();
                } catch (IOException e) {
                    // The server closed the connection before taking it all: what it answered is the result.
                }
            });
            byte[] raw = readAll(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            socket.close();
            writer.join();
            return parse(raw, sentWhenAnswered);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                raw.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // A reset after the answer (the server closed with request bytes unread): keep what arrived.
            if (raw.size() == 0) {
                throw e;
            }
        }
        return raw.toByteArray();
    }

    private static Answer parse(byte[] raw, long sent) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(name, lines[i].substring(colon + 1).strip());
        }
        byte[] body = new byte[raw.length - end - 4];
        System.arraycopy(raw, end + 4, body, 0, body.length);
        return new Answer(status, headers, body, sent);
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private final AtomicLong count;

        CountingStream(OutputStream out, AtomicLong count) {
            this.out = out;
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count.addAndGet(len);
        }
    }
}
