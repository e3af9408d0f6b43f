package dev.kokoro.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the protobuf bytes of a one-node ONNX model, {@code y = Identity(x)} with x and y float [4],
 * so a test has a valid model that is not Kokoro without a file in the repository.
 */
final class TinyOnnxModel {
    private static final int FLOAT = 1; // TensorProto.DataType.FLOAT

    private TinyOnnxModel() {
    }

    static byte[] identity() {
        byte[] node = new Proto().text(1, "x").text(2, "y").text(4, "Identity").bytes();
        byte[] graph = new Proto().message(1, node).text(2, "identity")
                .message(11, valueInfo("x")).message(12, valueInfo("y")).bytes();
        byte[] opset = new Proto().text(1, "").varint(2, 17).bytes();
        return new Proto().varint(1, 8).message(7, graph).message(8, opset).bytes();
    }

    /** ValueInfoProto: name, TypeProto{tensor_type{elem_type FLOAT, shape [4]}}. */
    private static byte[] valueInfo(String name) {
        byte[] dim = new Proto().varint(1, 4).bytes();
        byte[] shape = new Proto().message(1, dim).bytes();
        byte[] tensorType = new Proto().varint(1, FLOAT).message(2, shape).bytes();
        byte[] type = new Proto().message(1, tensorType).bytes();
        return new Proto().text(1, name).message(2, type).bytes();
    }

    /** The two protobuf wire types a model needs: varints and length-delimited fields. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            rawVarint((long) field << 3);
            rawVarint(value);
            return this;
        }

        Proto message(int field, byte[] payload) {
            rawVarint(((long) field << 3) | 2);
            rawVarint(payload.length);
            out.writeBytes(payload);
            return this;
        }

        Proto text(int field, String value) {
            return message(field, value.getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void rawVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
