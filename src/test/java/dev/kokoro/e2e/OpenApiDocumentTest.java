package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.api.Endpoint;
import dev.kokoro.e2e.DocumentedAnswers.Operation;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /openapi.json} is a valid OpenAPI 3.1 document that describes exactly the routes the server
 * registered, each of which answers at the path and method documented; {@code GET /docs} is Swagger UI,
 * loaded from this server alone.
 */
@EndToEnd
class OpenApiDocumentTest {
    /**
     * Routes documented ahead of their code, which other branches are adding. Once a route is registered
     * the test fails until it is taken off this list, so the list empties itself as the code lands.
     */
    private static final Set<String> PENDING = Set.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void documentIsValidOpenApi31() throws Exception {
        HttpResponse<String> response = server.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));

        SwaggerParseResult result = parse(response.body());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    /** The check above can fail: the parser does report a reference to a schema that is not there. */
    @Test
    void parserReportsADanglingReference() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(server.get("/openapi.json").body());
        ((ObjectNode) document.at("/paths/~1v1~1models/get/responses/200/content/application~1json/schema"))
                .put("$ref", "#/components/schemas/NoSuchSchema");

        assertThat(parse(JSON.writeValueAsString(document)).getMessages())
                .anySatisfy(message -> assertThat(message).contains("NoSuchSchema"));
    }

    @Test
    void everyRegisteredRouteIsDocumented() throws Exception {
        Set<String> documented = documentedRoutes();
        Set<String> registered = registeredRoutes();

        assertThat(registered).contains("GET /openapi.json", "GET /docs", "POST /v1/audio/speech");
        assertThat(documented).containsAll(registered);
        assertThat(documented).as("documented and neither registered nor pending")
                .allMatch(route -> registered.contains(route) || PENDING.contains(route));
        assertThat(PENDING).as("registered now: take them off PENDING").doesNotContainAnyElementsOf(registered);
    }

    /**
     * Each documented route that is registered is found at the documented path and method: a request with
     * the documented path parameter examples is not turned away by the router
     * (which would answer 404 with the code it gives an unknown path, or 405), and the answer is one the
     * document describes.
     */
    @Test
    void everyDocumentedRouteAnswersAtItsPathAndMethod() throws Exception {
        JsonNode routerMiss = JSON.readTree(server.get("/no/such/route").body());
        assertThat(routerMiss.at("/error/code").asText()).isNotBlank();
        DocumentedAnswers answers = answers();
        Set<String> registered = registeredRoutes();
        List<String> checked = new ArrayList<>();
        for (Operation op : answers.operations()) {
            if (!registered.contains(op.route())) {
                continue;
            }
            // Nothing here changes the server: an empty body is refused, and the example voice id is a stock
            // voice, which cannot be deleted. The examples, which may create things, are sent once, below.
            String body = op.method().equals("GET") || op.method().equals("DELETE") ? null : "{}";
            HttpResponse<String> response = send(op.method(), op.concretePath(), body);
            assertThat(response.statusCode()).as(op.route()).isNotEqualTo(405);
            if (response.statusCode() == 404) {
                assertThat(JSON.readTree(response.body()).at("/error/code").asText())
                        .as(op.route() + ": " + response.body()).isNotEqualTo(routerMiss.at("/error/code").asText());
            }
            answers.check(op, response);
            checked.add(op.route());
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(registered);
    }

    /** The documented request examples are requests the server serves, with answers of the documented shape. */
    @Test
    void everyRequestExampleSucceeds() throws Exception {
        DocumentedAnswers answers = answers();
        Set<String> registered = registeredRoutes();
        int sent = 0;
        for (Operation op : answers.operations()) {
            if (!registered.contains(op.route())) {
                continue;
            }
            for (String body : op.bodyExamples()) {
                HttpResponse<String> response = send(op.method(), op.concretePath(), body);
                assertThat(response.statusCode()).as(op.route() + " " + body + " → " + response.body())
                        .isBetween(200, 299);
                answers.check(op, response);
                sent++;
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("answerCases")
    void answersHaveTheirDocumentedShape(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(method, path, body.equals("-") ? null : body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        DocumentedAnswers answers = answers();
        answers.check(answers.operationFor(method, path.split("\\?")[0]), response);
    }

    static Stream<Arguments> answerCases() {
        return TsvCases.read("/api/documented-answers.tsv", 4).map(row -> {
            Object[] fields = row.get();
            return Arguments.of(fields[0], fields[1], fields[2], Integer.parseInt((String) fields[3]));
        });
    }

    /** The schema check can fail: an answer without a documented field is refused. */
    @Test
    void schemaCheckRefusesAnAnswerOfAnotherShape() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(server.get("/openapi.json").body());
        ((ArrayNode) document.at("/components/schemas/ModelList/required")).add("next_page");
        DocumentedAnswers answers = new DocumentedAnswers(JSON.writeValueAsString(document));
        HttpResponse<String> models = server.get("/v1/models");

        assertThatThrownBy(() -> answers.check(answers.operationFor("GET", "/v1/models"), models))
                .isInstanceOf(AssertionError.class).hasMessageContaining("next_page");
    }

    @Test
    void docsPageLoadsSwaggerUiFromThisServer() throws Exception {
        HttpResponse<String> page = server.get("/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("SwaggerUIBundle(").contains("url: \"/openapi.json\"")
                .doesNotContain("{{");

        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        Map<String, String> expectedTypes = Map.of(".js", "javascript", ".css", "text/css", ".png", "image/png");
        List<String> loaded = new ArrayList<>();
        while (assets.find()) {
            String url = assets.group(1);
            assertThat(url).as("served by this server").startsWith("/").doesNotStartWith("//");
            HttpResponse<String> asset = server.get(url);
            assertThat(asset.statusCode()).as(url).isEqualTo(200);
            assertThat(asset.body()).as(url).isNotEmpty();
            String extension = url.substring(url.lastIndexOf('.'));
            assertThat(asset.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(
                    type -> assertThat(type).contains(expectedTypes.get(extension)));
            loaded.add(url.substring(url.lastIndexOf('/') + 1));
        }
        assertThat(loaded).contains("swagger-ui-bundle.js", "swagger-ui.css");
    }

    private static Set<String> documentedRoutes() throws Exception {
        Set<String> routes = new TreeSet<>();
        answers().operations().forEach(op -> routes.add(op.route()));
        return routes;
    }

    private static Set<String> registeredRoutes() {
        Set<String> routes = new LinkedHashSet<>();
        for (Endpoint endpoint : server.endpoints()) {
            routes.add(endpoint.method() + " " + endpoint.path());
        }
        return routes;
    }

    private static DocumentedAnswers answers() throws Exception {
        return new DocumentedAnswers(server.get("/openapi.json").body());
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(120));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
