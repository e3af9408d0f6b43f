package dev.kokoro.api;

import io.javalin.event.HandlerMetaInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps every HTTP route as Javalin announces it, so that what is served can be checked against the
 * OpenAPI document. Filters (before, after) are not routes and are left out.
 */
final class EndpointRecorder implements Consumer<HandlerMetaInfo> {
    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();

    @Override
    public void accept(HandlerMetaInfo handler) {
        if (handler.getHttpMethod().isHttpMethod()) {
            // Javalin writes a parameter that may hold slashes as <name>; OpenAPI knows only {name}.
            String path = handler.getPath().replace('<', '{').replace('>', '}');
            endpoints.add(new Endpoint(handler.getHttpMethod().name(), path));
        }
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }
}
