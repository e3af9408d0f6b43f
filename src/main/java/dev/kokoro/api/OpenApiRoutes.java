package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /openapi.json}, the OpenAPI 3.1 document of every route (a hand-written resource, checked
 * against the registered routes by the tests), and {@code GET /docs}, Swagger UI on it. Swagger UI comes
 * from its webjar on the classpath, served under {@code /webjars/}: the page works with no network.
 */
final class OpenApiRoutes {
    private static final String DOCUMENT = "/openapi/openapi.json";
    private static final String DOCS_PAGE = "/openapi/docs.html";
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String ASSETS_PLACEHOLDER = "{{swagger-ui}}";
    private static final String DEV_PREFIX = "/dev/";
    private static final String DEV_TAG = "Developer";

    private final byte[] document;
    private final String docsPage;

    private OpenApiRoutes(byte[] document, String docsPage) {
        this.document = document;
        this.docsPage = docsPage;
    }

    /**
     * Reads the document and the page, pointing the page at the Swagger UI version on the classpath.
     *
     * @param devRoutes whether the {@code /dev} routes are served; without them the document leaves them out
     */
    static OpenApiRoutes load(boolean devRoutes) {
        String assets = "/webjars/swagger-ui/" + swaggerUiVersion();
        String page = new String(resource(DOCS_PAGE), StandardCharsets.UTF_8).replace(ASSETS_PLACEHOLDER, assets);
        byte[] document = resource(DOCUMENT);
        return new OpenApiRoutes(devRoutes ? document : withoutDevRoutes(document), page);
    }

    /** The document without the paths under {@code /dev/} and their tag. */
    private static byte[] withoutDevRoutes(byte[] document) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode root = (ObjectNode) json.readTree(document);
            ObjectNode paths = (ObjectNode) root.get("paths");
            List<String> dev = paths.properties().stream().map(Map.Entry::getKey)
                    .filter(path -> path.startsWith(DEV_PREFIX)).toList();
            paths.remove(dev);
            ArrayNode tags = (ArrayNode) root.get("tags");
            for (int i = tags.size() - 1; i >= 0; i--) {
                if (DEV_TAG.equals(tags.get(i).path("name").asText())) {
                    tags.remove(i);
                }
            }
            return json.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Javalin app) {
        app.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(document));
        app.get("/docs", ctx -> ctx.html(docsPage));
    }

    /** The webjar's folder is named after its version, which only its Maven metadata tells. */
    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = open(SWAGGER_UI_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = pom.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(SWAGGER_UI_POM + " names no version");
        }
        return version.strip();
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = OpenApiRoutes.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name + ": the build is incomplete");
        }
        return in;
    }
}
