package dev.kokoro.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TsvCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Helm chart in deploy/helm/kokoro-server, linted and rendered by Helm itself (helm-java runs Helm's Go code
 * in-process, hence an IT: failsafe's JVM, not the unit tests'), and the rendered objects checked against the
 * facts in deploy/helm-chart-cases.tsv. It does not check the objects against a cluster's API schemas.
 */
@EndToEnd
class HelmChartIT {
    private static final Path CHART = Path.of("deploy", "helm", "kokoro-server");
    private static final String ABSENT = "(absent)";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        return TsvCases.rows("/deploy/helm-chart-cases.tsv", 4).stream()
                .map(row -> Arguments.of(row.line(), row.field(0), row.field(1), row.field(2), row.field(3)));
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} {3}")
    @MethodSource("cases")
    void rendersTheFact(int line, String values, String kind, String pointer, String expected) {
        JsonNode node = render(values).stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .findFirst()
                .map(object -> object.at(pointer))
                .orElse(YAML.missingNode());

        String actual = node.isMissingNode() ? ABSENT : node.isValueNode() ? node.asText() : node.toString();
        assertThat(actual).as("line %d: %s with %s", line, kind + pointer, values).isEqualTo(expected);
    }

    @Test
    void theChartLintsCleanInStrictMode() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).allMatch(message -> message.startsWith("[INFO]"));
    }

    @Test
    void everyObjectCarriesTheReleaseLabels() {
        assertThat(render("gpu.enabled=true models.source=pvc data.persistence.enabled=true ingress.enabled=true"
                + " autoscaling.enabled=true database.url=jdbc:postgresql://db/kokoro podDisruptionBudget.enabled=true"
                + " metrics.serviceMonitor.enabled=true"))
                .hasSize(9)
                .allSatisfy(object -> assertThat(object.at("/metadata/labels/app.kubernetes.io~1instance").asText())
                        .as(object.path("kind").asText()).isEqualTo("tts"));
    }

    @Test
    void anUnknownModelSourceIsRefusedByName() {
        assertThatThrownBy(() -> render("models.source=nfs"))
                .hasMessageContaining("models.source must be image, pvc or emptyDir, not \"nfs\"");
    }

    @Test
    void anUnknownAutoscalingMetricIsRefusedByName() {
        assertThatThrownBy(() -> render("autoscaling.enabled=true autoscaling.metric=latency"))
                .hasMessageContaining("autoscaling.metric must be cpu or queueDepth, not \"latency\"");
    }

    /** The objects `helm template tts CHART --set ...` prints, for space-separated key=value pairs or "-". */
    private static List<JsonNode> render(String values) {
        return RENDERED.computeIfAbsent(values, key -> {
            TemplateCommand template = new Helm(CHART).template().withName("tts").withNamespace("speech")
                    .withKubeVersion("1.30.0");
            if (!key.equals("-")) {
                for (String pair : key.split(" ")) {
                    String[] parts = pair.split("=", 2);
                    template = template.set(parts[0], parts[1]);
                }
            }
            return parse(template.call());
        });
    }

    private static List<JsonNode> parse(String manifests) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            return documents.readAll().stream().filter(document -> !document.isNull() && !document.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
