package dev.kokoro.api;

import org.eclipse.jetty.http.BadMessageException;
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
 * Jetty's HTTP/1 connections, except for a request line without an HTTP version ({@code GET /v1/models}, or any
 * two words of garbage): Jetty takes it for HTTP/0.9 and answers 505, a server error; it is the client's mistake,
 * answered 400. A request line naming a version this server does not speak ({@code HTTP/3.0}) stays a 505.
 */
final class VersionlessRequestLines extends HttpConnectionFactory {
    /** Jetty's reason for the 505 it gives a request line without a version. */
    private static final String HTTP_0_9 = "HTTP/0.9 not supported";

    private VersionlessRequestLines(HttpConfiguration config) {
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
                            && !(http instanceof VersionlessRequestLines)) {
                        // Replaces the factory of the same protocol.
                        c.addConnectionFactory(new VersionlessRequestLines(http.getHttpConfiguration()));
                    }
                }
            }
        });
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
                return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                    @Override
                    public void badMessage(BadMessageException failure) {
                        super.badMessage(failure.getCode() == 505 && HTTP_0_9.equals(failure.getReason())
                                ? new BadMessageException(400, "The request line has no HTTP version.", failure)
                                : failure);
                    }
                };
            }
        };
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }
}
