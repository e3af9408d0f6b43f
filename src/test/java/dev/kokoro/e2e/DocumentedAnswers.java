package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a checker of real answers: the status must be one the document gives the
 * operation, the media type one it lists for that status, and a JSON body (each event of a stream,
 * each line of NDJSON) must match the schema documented for it.
 */
final class DocumentedAnswers {
    private static final String DOCUMENT_URI = "https://kokoro.invalid/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;

    DocumentedAnswers(String documentText) throws Exception {
        this.document = JSON.readTree(documentText);
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, documentText)));
    }

    /** One operation of the document. */
    record Operation(String method, String path, String pointer, Map<String, String> pathExamples,
            List<String> bodyExamples) {
        String route() {
            return method + " " + path;
        }

        /** The path with each parameter replaced by its documented example. */
        String concretePath() {
            String concrete = path;
            for (Map.Entry<String, String> example : pathExamples.entrySet()) {
                concrete = concrete.replace("{" + example.getKey() + "}", example.getValue());
            }
            assertThat(concrete).as(route() + ": every path parameter needs an example").doesNotContain("{");
            return concrete;
        }

        boolean matches(String method, String concretePath) {
            String pattern = Arrays.stream(path.split("/", -1))
                    .map(segment -> segment.matches("\\{[^}]+}") ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/"));
            return this.method.equals(method) && concretePath.matches(pattern);
        }
    }

    List<Operation> operations() throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                Map<String, String> pathExamples = new HashMap<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    if (parameter.path("in").asText().equals("path")) {
                        pathExamples.put(parameter.path("name").asText(), parameter.path("example").asText());
                    }
                }
                JsonNode json = op.at("/requestBody/content/application~1json");
                List<String> bodies = new ArrayList<>();
                if (json.has("example")) {
                    bodies.add(JSON.writeValueAsString(json.get("example")));
                }
                for (JsonNode example : json.path("examples")) {
                    bodies.add(JSON.writeValueAsString(example.get("value")));
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
                        "/paths/" + escape(path.getKey()) + "/" + method, pathExamples, bodies));
            }
        }
        return operations;
    }

    /** The operation a request went to: the most specific template that matches (a literal beats a parameter). */
    Operation operationFor(String method, String concretePath) throws Exception {
        return operations().stream()
                .filter(op -> op.matches(method, concretePath))
                .min(Comparator.comparingLong(op -> op.path().chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new AssertionError("No documented operation for " + method + " " + concretePath));
    }

    /** Fails unless the answer is one the document describes for this operation. */
    void check(Operation op, HttpResponse<String> response) {
        String what = op.route() + " → " + response.statusCode();
        String responsePointer = op.pointer() + "/responses/" + response.statusCode();
        JsonNode documented = document.at(responsePointer);
        assertThat(documented.isMissingNode()).as(what + ": status not documented").isFalse();
        if (documented.has("$ref")) {
            responsePointer = documented.get("$ref").asText().substring(1);
            documented = document.at(responsePointer);
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (!documented.has("content")) {
            assertThat(response.body()).as(what + ": no body documented").isEmpty();
            return;
        }
        assertThat(documented.path("content").has(mediaType)).as(what + ": media type '" + mediaType
                + "' not documented").isTrue();
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + responsePointer + "/content/"
                + escape(mediaType) + "/schema"));
        switch (mediaType) {
            case "application/json" -> valid(schema, response.body(), what);
            case "text/event-stream" -> {
                List<String> events = response.body().lines().filter(line -> line.startsWith("data: ")).toList();
                assertThat(events).as(what).isNotEmpty();
                events.forEach(event -> valid(schema, event.substring("data: ".length()), what));
            }
            case "application/x-ndjson" -> {
                List<String> lines = response.body().lines().filter(line -> !line.isBlank()).toList();
                assertThat(lines).as(what).isNotEmpty();
                lines.forEach(line -> valid(schema, line, what));
            }
            default -> assertThat(response.body()).as(what).isNotEmpty();
        }
    }

    private static void valid(Schema schema, String json, String what) {
        try {
            var errors = schema.validate(JSON.readTree(json));
            assertThat(errors).as(what + ": " + abbreviate(json)).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A JSON pointer token: {@code ~} and {@code /} escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
