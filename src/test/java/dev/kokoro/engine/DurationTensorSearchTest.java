package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TsvCases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading graphs at the wire level and finding the durations in them, on hand-written graphs and the twins. */
@NeedsAssets
class DurationTensorSearchTest {

    static Stream<Arguments> chains() {
        return TsvCases.read("/dev/kokoro/engine/duration-chains.tsv", 3);
    }

    /** {@code x -> op1 -> op2 ...}, op i writing t<i>; {@code Cast:N} casts to data type N. */
    private static byte[] linearGraph(String ops) {
        List<byte[]> nodes = new ArrayList<>();
        String previous = "x";
        int i = 0;
        for (String op : ops.split(" ")) {
            String output = "t" + ++i;
            String[] typeAndTarget = op.split(":");
            nodes.add(typeAndTarget.length == 1
                    ? TinyOnnxModel.node(op, List.of(previous), List.of(output))
                    : TinyOnnxModel.node(typeAndTarget[0], List.of(previous), List.of(output),
                            TinyOnnxModel.intAttribute("to", Long.parseLong(typeAndTarget[1]))));
            previous = output;
        }
        return TinyOnnxModel.model(nodes, List.of(), List.of(TinyOnnxModel.valueInfo("x", TinyOnnxModel.FLOAT, "1", "T")),
                List.of(TinyOnnxModel.valueInfo(previous, TinyOnnxModel.FLOAT, "T")));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("chains")
    void findsTheDurationsByTheOpsAfterARound(String ops, String expected, String why) throws IOException {
        List<String> found = DurationTensorSearch.candidates(OnnxGraphOutline.read(linearGraph(ops)).nodes());

        assertThat(found).as(why).isEqualTo(expected.equals("none") ? List.of() : List.of(expected));
    }

    @Test
    void readsTheWiringAndIntAttributesPastTensorAttributesAndInitializers() throws IOException {
        byte[] model = TinyOnnxModel.kokoroShaped(1);

        OnnxGraphOutline outline = OnnxGraphOutline.read(model);

        assertThat(outline.outputs()).containsExactly("audio");
        assertThat(outline.nodes()).extracting(OnnxGraphOutline.Node::opType)
                .containsExactly("Cast", "Constant", "Round", "Clip", "Cast", "Squeeze", "Cast");
        OnnxGraphOutline.Node clip = outline.nodes().get(3);
        assertThat(clip.inputs()).containsExactly("r0", "one");
        assertThat(clip.outputs()).containsExactly("c0");
        assertThat(outline.nodes().get(4).intAttributes()).containsExactly(java.util.Map.entry("to", 7L));
        assertThat(outline.nodes().get(1).intAttributes()).as("a tensor attribute sets no i").isEmpty();
        // The graph is the model's field 7, after ir_version (2 bytes) and producer_name (16 bytes) and its tag.
        assertThat(outline.graphLengthOffset()).isEqualTo(2 + 16 + 1);
        assertThat(outline.graphContentOffset() + outline.graphContentLength())
                .as("the opset import (6 bytes) follows the graph").isEqualTo(model.length - 6);
    }

    @Test
    void findsOneTensorPerChainSoTwoChainsGiveTwo() throws IOException {
        assertThat(DurationTensorSearch.candidates(OnnxGraphOutline.read(TinyOnnxModel.kokoroShaped(1)).nodes()))
                .containsExactly("frames0");
        assertThat(DurationTensorSearch.candidates(OnnxGraphOutline.read(TinyOnnxModel.kokoroShaped(2)).nodes()))
                .containsExactly("frames1", "frames0");
        assertThat(DurationTensorSearch.candidates(OnnxGraphOutline.read(TinyOnnxModel.kokoroShaped(0)).nodes()))
                .isEmpty();
    }

    @Test
    void aCastFeedingBothASqueezeAndMoreGivesTheSqueezedTensor() throws IOException {
        byte[] model = TinyOnnxModel.model(List.of(
                        TinyOnnxModel.node("Round", List.of("x"), List.of("r")),
                        TinyOnnxModel.node("Clip", List.of("r", "", "max"), List.of("c")),
                        TinyOnnxModel.node("Cast", List.of("c"), List.of("d"), TinyOnnxModel.intAttribute("to", 7)),
                        TinyOnnxModel.node("Shape", List.of("d"), List.of("shape")),
                        TinyOnnxModel.node("Squeeze", List.of("d"), List.of("frames"))),
                List.of(), List.of(), List.of());

        assertThat(DurationTensorSearch.candidates(OnnxGraphOutline.read(model).nodes())).containsExactly("frames");
    }

    @Test
    void eachTwinHasExactlyOneDurationTensorWhateverItsNodesAreCalled() throws IOException {
        for (String signature : List.of("A", "B", "C")) {
            try (InputStream in = Files.newInputStream(TestAssets.miniModel(signature))) {
                OnnxGraphOutline outline = OnnxGraphOutline.read(in);

                assertThat(DurationTensorSearch.candidates(outline.nodes())).as(signature)
                        .containsExactly(signature.equals("A") ? "duration" : "/m/Squeeze_output_0");
                assertThat(outline.outputs()).as(signature)
                        .containsExactly(signature.equals("A") ? new String[] {"waveform", "duration"}
                                : new String[] {signature.equals("B") ? "audio" : "waveform"});
            }
        }
    }
}
