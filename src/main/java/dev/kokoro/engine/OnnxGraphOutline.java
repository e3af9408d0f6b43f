package dev.kokoro.engine;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX {@code ModelProto} that finding and exposing an inner tensor needs, read at the
 * protobuf wire level: where the graph lies in the file, how its nodes are wired, and its declared outputs.
 * Initializers (nearly all of a model's bytes) and everything else are skipped, never copied, so reading a
 * 310 MB model costs little more than its node list.
 *
 * @param graphLengthOffset  file offset of the varint giving the graph's length ({@code ModelProto.graph})
 * @param graphContentOffset file offset of the graph's first byte, just past that varint
 * @param graphContentLength the graph's length in bytes
 * @param nodes              the graph's top-level nodes in file order (subgraphs are not entered)
 * @param outputs            the names of the graph's declared outputs
 */
record OnnxGraphOutline(int graphLengthOffset, int graphContentOffset, int graphContentLength, List<Node> nodes,
                        List<String> outputs) {

    /**
     * One {@code NodeProto}: its operator, wiring and integer attributes (such as Cast's {@code to}); names
     * are left out, as exporters choose them freely.
     *
     * @param intAttributes attribute name to its {@code i} value, for the attributes that set one
     */
    record Node(String opType, List<String> inputs, List<String> outputs, Map<String, Long> intAttributes) {
    }

    // Tags (field number << 3 | wire type) of the fields read, with the field numbers of onnx.proto.
    private static final int LEN = WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int MODEL_GRAPH = 7 << 3 | LEN;
    private static final int GRAPH_NODE = 1 << 3 | LEN;
    private static final int GRAPH_OUTPUT = 12 << 3 | LEN;
    private static final int NODE_INPUT = 1 << 3 | LEN;
    private static final int NODE_OUTPUT = 2 << 3 | LEN;
    private static final int NODE_OP_TYPE = 4 << 3 | LEN;
    private static final int NODE_ATTRIBUTE = 5 << 3 | LEN;
    private static final int ATTRIBUTE_NAME = 1 << 3 | LEN;
    private static final int ATTRIBUTE_I = 3 << 3 | WireFormat.WIRETYPE_VARINT;
    private static final int VALUE_INFO_NAME = 1 << 3 | LEN;

    /** Reads from a stream positioned at the model's first byte; it skips through initializers. */
    static OnnxGraphOutline read(InputStream model) throws IOException {
        return read(CodedInputStream.newInstance(model, 1 << 16));
    }

    static OnnxGraphOutline read(byte[] model) throws IOException {
        return read(CodedInputStream.newInstance(model));
    }

    /** @throws InvalidProtocolBufferException when the bytes are not a model with exactly one graph */
    private static OnnxGraphOutline read(CodedInputStream in) throws IOException {
        OnnxGraphOutline outline = null;
        for (int tag; (tag = in.readTag()) != 0; ) {
            if (tag != MODEL_GRAPH) {
                in.skipField(tag);
            } else if (outline == null) {
                outline = readGraph(in);
            } else {
                // Protobuf would merge the two; no exporter writes that, so it is not worth editing.
                throw new InvalidProtocolBufferException("the model has its graph field more than once");
            }
        }
        if (outline == null) {
            throw new InvalidProtocolBufferException("the model has no graph");
        }
        return outline;
    }

    private static OnnxGraphOutline readGraph(CodedInputStream in) throws IOException {
        int lengthOffset = in.getTotalBytesRead();
        int length = in.readRawVarint32();
        int contentOffset = in.getTotalBytesRead();
        int outerLimit = in.pushLimit(length);
        List<Node> nodes = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (int tag; (tag = in.readTag()) != 0; ) {
            switch (tag) {
                case GRAPH_NODE -> nodes.add(readNode(in));
                case GRAPH_OUTPUT -> outputs.add(readValueInfoName(in));
                default -> in.skipField(tag);
            }
        }
        in.popLimit(outerLimit);
        return new OnnxGraphOutline(lengthOffset, contentOffset, length, List.copyOf(nodes), List.copyOf(outputs));
    }

    private static Node readNode(CodedInputStream in) throws IOException {
        int outerLimit = in.pushLimit(in.readRawVarint32());
        String opType = "";
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Map<String, Long> ints = new HashMap<>();
        for (int tag; (tag = in.readTag()) != 0; ) {
            switch (tag) {
                case NODE_INPUT -> inputs.add(in.readString());
                case NODE_OUTPUT -> outputs.add(in.readString());
                case NODE_OP_TYPE -> opType = in.readString();
                case NODE_ATTRIBUTE -> readIntAttribute(in, ints);
                default -> in.skipField(tag);
            }
        }
        in.popLimit(outerLimit);
        return new Node(opType, List.copyOf(inputs), List.copyOf(outputs), Map.copyOf(ints));
    }

    /** Puts the attribute's name and {@code i} into {@code ints} when it sets {@code i}; tensors in it are skipped. */
    private static void readIntAttribute(CodedInputStream in, Map<String, Long> ints) throws IOException {
        int outerLimit = in.pushLimit(in.readRawVarint32());
        String name = "";
        Long value = null;
        for (int tag; (tag = in.readTag()) != 0; ) {
            switch (tag) {
                case ATTRIBUTE_NAME -> name = in.readString();
                case ATTRIBUTE_I -> value = in.readInt64();
                default -> in.skipField(tag);
            }
        }
        in.popLimit(outerLimit);
        if (value != null) {
            ints.put(name, value);
        }
    }

    private static String readValueInfoName(CodedInputStream in) throws IOException {
        int outerLimit = in.pushLimit(in.readRawVarint32());
        String name = "";
        for (int tag; (tag = in.readTag()) != 0; ) {
            if (tag == VALUE_INFO_NAME) {
                name = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        in.popLimit(outerLimit);
        return name;
    }
}
