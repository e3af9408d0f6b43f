package dev.kokoro.api;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty's HTTP/1 connections, with two changes.
 * <ul>
 * <li>A request line without an HTTP version ({@code GET /v1/models}, or any two words of garbage): Jetty takes it
 * for HTTP/0.9 and answers 505, a server error; it is the client's mistake, answered 400. A request line naming a
 * version this server does not speak ({@code HTTP/3.0}) stays a 505.</li>
 * <li>A body left unread behind an answer that closes the connection (a 413) is read on for at most
 * {@link #MAX_DISCARDED_BYTES}, then the connection is closed. Jetty would read it to its end, for as long as bytes
 * keep coming: an endless body sent fast enough kept a thread reading for ever. Reading on a little still matters:
 * a client that writes its whole body before it reads gets the answer when its body was only somewhat too large,
 * where closing at once would reset the connection under it.</li>
 * </ul>
 */
final class Http1Connections extends HttpConnectionFactory {
    /** Jetty's reason for the 505 it gives a request line without a version. */
    private static final String HTTP_0_9 = "HTTP/0.9 not supported";
    /** What is read and thrown away behind a closing answer: as much again as a request body may be. */
    static final long MAX_DISCARDED_BYTES = ApiServer.MAX_REQUEST_BYTES;

    private Http1Connections(HttpConfiguration config) {
        super(config);
    }

    /** Puts this in place of Jetty's HTTP/1 factory on each connector, once Javalin has made them (at start). */
    static void install(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                    if (connector instanceof AbstractConnector c && http != null
                            && !(http instanceof Http1Connections)) {
                        // Replaces the factory of the same protocol.
                        c.addConnectionFactory(new Http1Connections(http.getHttpConfiguration()));
                    }
                }
            }
        });
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new Http1Connection(getHttpConfiguration(), connector, endPoint,
                isRecordHttpComplianceViolations());
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }

    private static final class Http1Connection extends HttpConnection {
        Http1Connection(HttpConfiguration config, Connector connector, EndPoint endPoint, boolean recordViolations) {
            super(config, connector, endPoint, recordViolations);
        }

        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            // Jetty's parser settings, on a parser that stops discarding.
            HttpParser parser = new BoundedDiscardParser(newRequestHandler(),
                    getHttpConfiguration().getRequestHeaderSize(), compliance);
            parser.setHeaderCacheSize(getHttpConfiguration().getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(getHttpConfiguration().isHeaderCacheCaseSensitive());
            return parser;
        }

        @Override
        protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                @Override
                public void badMessage(BadMessageException failure) {
                    super.badMessage(failure.getCode() == 505 && HTTP_0_9.equals(failure.getReason())
                            ? new BadMessageException(400, "The request line has no HTTP version.", failure)
                            : failure);
                }

                /**
                 * Called before and after an answer, to read the rest of the body for a next request: an answer that
                 * closes has none, and the rest is left to the parser, which bounds it.
                 */
                @Override
                public boolean failAllContent(Throwable failure) {
                    boolean closing = getResponse().getHttpFields().contains(HttpHeader.CONNECTION, "close")
                            || getResponse().isCommitted() && !getGenerator().isPersistent();
                    return !closing && super.failAllContent(failure);
                }
            };
        }
    }

    /** Once closed (no request can follow), throws after {@link #MAX_DISCARDED_BYTES}: the connection then closes. */
    private static final class BoundedDiscardParser extends HttpParser {
        private long discarded;

        BoundedDiscardParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            if (isTerminated()) {
                discarded += buffer.remaining();
                if (discarded > MAX_DISCARDED_BYTES) {
                    throw new IllegalStateException("More than " + MAX_DISCARDED_BYTES
                            + " bytes were sent after a closing answer");
                }
            }
            return super.parseNext(buffer);
        }
    }
}
