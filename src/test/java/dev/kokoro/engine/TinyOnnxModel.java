package dev.kokoro.engine;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the protobuf bytes of small ONNX models, so a test has valid graphs of a chosen shape without a file
 * in the repository. Node names are deliberately unlike any exporter's, so that whatever finds a tensor in
 * them has to go by structure.
 */
final class TinyOnnxModel {
    static final int FLOAT = 1; // TensorProto.DataType
    static final int INT64 = 7;
    private static final int ATTRIBUTE_INT = 2; // AttributeProto.AttributeType
    private static final int ATTRIBUTE_TENSOR = 4;

    private TinyOnnxModel() {
    }

    /** {@code y = Identity(x)} with x and y float [4]. */
    static byte[] identity() {
        return model(List.of(node("Identity", List.of("x"), List.of("y"))), List.of(),
                List.of(valueInfo("x", FLOAT, "4")), List.of(valueInfo("y", FLOAT, "4")));
    }

    /**
     * A graph declaring signature B's inputs and output whose {@code audio} is the durations it computes
     * from the token ids the way Kokoro computes frames per token: Cast to float, then {@code chains}
     * copies of Round -> Clip(min 1) -> Cast(int64) -> Squeeze, the first of which becomes the audio. So for
     * ids padded with 0 the durations are {@code [1, ids..., 1]}. With no chain, the audio is the squeezed ids.
     */
    static byte[] kokoroShaped(int chains) {
        return kokoroShaped(chains, floatScalar("one", 1f));
    }

    /**
     * {@link #kokoroShaped(int) kokoroShaped(1)} whose clip minimum lies in the external data file
     * {@code dataFile} (beside the model), as the float 1 at offset 0.
     */
    static byte[] kokoroShapedWithExternalData(String dataFile) {
        byte[] location = new Proto().text(1, "location").text(2, dataFile).bytes();
        byte[] length = new Proto().text(1, "length").text(2, "4").bytes();
        byte[] one = new Proto().varint(2, FLOAT).text(8, "one").message(13, location).message(13, length)
                .varint(14, 1) // data_location EXTERNAL
                .bytes();
        return kokoroShaped(1, one);
    }

    /** The external data file {@link #kokoroShapedWithExternalData} reads: the float 1, little-endian. */
    static byte[] externalOne() {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(1f).array();
    }

    private static byte[] kokoroShaped(int chains, byte[] clipMinimum) {
        List<byte[]> nodes = new ArrayList<>();
        nodes.add(node("Cast", List.of("tokens"), List.of("ids_f"), intAttribute("to", FLOAT)));
        nodes.add(node("Constant", List.of(), List.of("batch_axis"), tensorAttribute("value", int64Tensor(0))));
        String audioSource = "ids_f";
        for (int k = chains - 1; k >= 0; k--) {
            nodes.add(node("Round", List.of("ids_f"), List.of("r" + k)));
            nodes.add(node("Clip", List.of("r" + k, "one"), List.of("c" + k)));
            nodes.add(node("Cast", List.of("c" + k), List.of("d" + k), intAttribute("to", INT64)));
            nodes.add(node("Squeeze", List.of("d" + k, "batch_axis"), List.of("frames" + k)));
            audioSource = "frames" + k;
        }
        if (chains == 0) {
            nodes.add(node("Squeeze", List.of("ids_f", "batch_axis"), List.of("audio")));
        } else {
            nodes.add(node("Cast", List.of(audioSource), List.of("audio"), intAttribute("to", FLOAT)));
        }
        return model(nodes, List.of(clipMinimum),
                List.of(valueInfo("tokens", INT64, "1", "T"), valueInfo("style", FLOAT, "1", "256"),
                        valueInfo("speed", FLOAT, "1")),
                List.of(valueInfo("audio", FLOAT, "N")));
    }

    /** A ModelProto at IR version 8, default opset 17, with these graph parts. */
    static byte[] model(List<byte[]> nodes, List<byte[]> initializers, List<byte[]> inputs, List<byte[]> outputs) {
        Proto graph = new Proto();
        nodes.forEach(node -> graph.message(1, node));
        graph.text(2, "tiny");
        initializers.forEach(tensor -> graph.message(5, tensor));
        inputs.forEach(input -> graph.message(11, input));
        outputs.forEach(output -> graph.message(12, output));
        byte[] opset = new Proto().text(1, "").varint(2, 17).bytes();
        return new Proto().varint(1, 8).text(2, "tiny-onnx-test").message(7, graph.bytes()).message(8, opset).bytes();
    }

    /** NodeProto; its name is the op type with a number, as no exporter names them. */
    static byte[] node(String opType, List<String> inputs, List<String> outputs, byte[]... attributes) {
        Proto node = new Proto();
        inputs.forEach(input -> node.text(1, input));
        outputs.forEach(output -> node.text(2, output));
        node.text(3, "tiny." + opType.toLowerCase() + "." + outputs.get(0)).text(4, opType);
        for (byte[] attribute : attributes) {
            node.message(5, attribute);
        }
        return node.bytes();
    }

    static byte[] intAttribute(String name, long value) {
        return new Proto().text(1, name).varint(3, value).varint(20, ATTRIBUTE_INT).bytes();
    }

    private static byte[] tensorAttribute(String name, byte[] tensor) {
        return new Proto().text(1, name).message(5, tensor).varint(20, ATTRIBUTE_TENSOR).bytes();
    }

    /** TensorProto int64 [1] holding {@code value}, in int64_data. */
    private static byte[] int64Tensor(long value) {
        return new Proto().varint(1, 1).varint(2, INT64).message(7, new Proto().rawVarint(value).bytes()).bytes();
    }

    /** TensorProto float scalar named {@code name}, in raw_data as an exporter writes weights. */
    private static byte[] floatScalar(String name, float value) {
        byte[] raw = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array();
        return new Proto().varint(2, FLOAT).text(8, name).message(9, raw).bytes();
    }

    /** ValueInfoProto of a tensor; each dimension is a number or, when not one, a symbolic name. */
    static byte[] valueInfo(String name, int elemType, String... dims) {
        Proto shape = new Proto();
        for (String dim : dims) {
            shape.message(1, dim.chars().allMatch(Character::isDigit)
                    ? new Proto().varint(1, Long.parseLong(dim)).bytes()
                    : new Proto().text(2, dim).bytes());
        }
        byte[] tensorType = new Proto().varint(1, elemType).message(2, shape.bytes()).bytes();
        byte[] type = new Proto().message(1, tensorType).bytes();
        return new Proto().text(1, name).message(2, type).bytes();
    }

    /** A message being written with protobuf's own encoder. */
    private static final class Proto {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

        Proto varint(int field, long value) {
            return write(() -> out.writeInt64(field, value));
        }

        Proto rawVarint(long value) {
            return write(() -> out.writeInt64NoTag(value));
        }

        Proto message(int field, byte[] payload) {
            return write(() -> out.writeByteArray(field, payload));
        }

        Proto text(int field, String value) {
            return write(() -> out.writeString(field, value));
        }

        byte[] bytes() {
            write(out::flush);
            return bytes.toByteArray();
        }

        private interface Write {
            void run() throws IOException;
        }

        private Proto write(Write write) {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }
}
