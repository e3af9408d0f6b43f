package dev.kokoro.engine;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a model's bytes with one more declared graph output, for ONNX Runtime to open from memory.
 * Protobuf lets a repeated field's elements be spread through a message, so the new output is appended at
 * the end of the graph; only the graph's length prefix changes before it. The result is built straight into
 * one array of its final size, read from the file in slices: one copy of the model on the heap, no more.
 */
final class OnnxOutputAppender {
    // Field numbers from onnx.proto.
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR_TYPE = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    /** Reading in slices keeps the JDK from staging a whole-model native buffer for one read. */
    private static final int SLICE = 1 << 20;

    private OnnxOutputAppender() {
    }

    /**
     * The model in {@code file}, whose graph {@code outline} describes, with {@code tensor} declared as an
     * int64 output of unspecified shape.
     *
     * @throws IOException when the file cannot be read, has changed since the outline was read, or the
     *                     result would not fit in one array
     */
    static byte[] withInt64Output(Path file, OnnxGraphOutline outline, String tensor) throws IOException {
        byte[] output = outputField(tensor);
        int graphLength = Math.addExact(outline.graphContentLength(), output.length);
        int graphLengthSize = CodedOutputStream.computeUInt32SizeNoTag(graphLength);
        long oldLengthSize = outline.graphContentOffset() - outline.graphLengthOffset();
        long fileSize = Files.size(file);
        long size = fileSize - oldLengthSize + graphLengthSize + output.length;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the model is too large to edit in memory (" + size + " bytes)");
        }
        byte[] model = new byte[(int) size];
        try (InputStream in = Files.newInputStream(file)) {
            int at = readFully(in, model, 0, outline.graphLengthOffset());
            CodedOutputStream length = CodedOutputStream.newInstance(model, at, graphLengthSize);
            length.writeUInt32NoTag(graphLength);
            length.checkNoSpaceLeft();
            at += graphLengthSize;
            in.skipNBytes(oldLengthSize);
            at = readFully(in, model, at, outline.graphContentLength());
            System.arraycopy(output, 0, model, at, output.length);
            at += output.length;
            at = readFully(in, model, at, model.length - at);
            if (in.read() != -1) {
                throw new IOException("the model file grew while it was being read");
            }
        }
        return model;
    }

    /** {@code GraphProto.output} holding {@code ValueInfoProto{name, type {tensor_type {elem_type INT64}}}}. */
    private static byte[] outputField(String tensor) throws IOException {
        byte[] tensorType = serialize(out -> out.writeInt32(TENSOR_TYPE_ELEM_TYPE, DurationTensorSearch.INT64));
        byte[] type = serialize(out -> out.writeByteArray(TYPE_TENSOR_TYPE, tensorType));
        byte[] valueInfo = serialize(out -> {
            out.writeString(VALUE_INFO_NAME, tensor);
            out.writeByteArray(VALUE_INFO_TYPE, type);
        });
        return serialize(out -> out.writeByteArray(GRAPH_OUTPUT, valueInfo));
    }

    @FunctionalInterface
    private interface Fields {
        void writeTo(CodedOutputStream out) throws IOException;
    }

    private static byte[] serialize(Fields fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        fields.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** Fills {@code length} bytes of {@code into} from {@code offset}; returns the offset after them. */
    private static int readFully(InputStream in, byte[] into, int offset, int length) throws IOException {
        int end = offset + length;
        for (int at = offset; at < end; ) {
            int n = in.read(into, at, Math.min(SLICE, end - at));
            if (n < 0) {
                throw new EOFException("the model file shrank while it was being read");
            }
            at += n;
        }
        return end;
    }
}
