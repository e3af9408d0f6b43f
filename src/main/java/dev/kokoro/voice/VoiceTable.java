package dev.kokoro.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * One Kokoro voice pack: {@value #ROWS} style rows of {@value #WIDTH} floats, the row chosen by the
 * length of the phoneme string being spoken.
 *
 * <p>Immutable and therefore safe to share between threads: the floats are never exposed, only copies.
 */
public final class VoiceTable {
    /** Rows in a pack: one per phoneme-string length 1..510, Kokoro's context limit. */
    public static final int ROWS = 510;
    /** Floats per row: the style vector the model takes. */
    public static final int WIDTH = 256;
    /** Floats in a whole pack. */
    public static final int FLOATS = ROWS * WIDTH;
    /** Bytes in a whole pack stored as float32. */
    public static final int BYTES = FLOATS * Float.BYTES;

    private final float[] values;

    private VoiceTable(float[] values) {
        this.values = values;
    }

    /**
     * A table holding a copy of {@code values} (row-major, {@value #FLOATS} floats).
     *
     * @throws IllegalArgumentException if the length is wrong or a value is NaN or infinite
     */
    public static VoiceTable of(float[] values) {
        return owning(values.clone());
    }

    /** Decodes {@value #BYTES} float32 bytes in the given byte order. */
    static VoiceTable decode(ByteBuffer bytes, ByteOrder order) {
        if (bytes.remaining() != BYTES) {
            throw new IllegalArgumentException("expected " + BYTES + " bytes of float32 (" + ROWS + "×" + WIDTH
                    + "), found " + bytes.remaining());
        }
        float[] values = new float[FLOATS];
        bytes.slice().order(order).asFloatBuffer().get(values);
        return owning(values);
    }

    /** The floats as float32 bytes in the given byte order, row-major: what {@link #decode} reads. */
    byte[] encode(ByteOrder order) {
        ByteBuffer bytes = ByteBuffer.allocate(BYTES).order(order);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    /** Σ coefficients[i] · tables[i], row by row, summed in double and rounded once to float. */
    static VoiceTable weightedSum(List<VoiceTable> tables, double[] coefficients) {
        if (tables.isEmpty() || tables.size() != coefficients.length) {
            throw new IllegalArgumentException("need one coefficient per table");
        }
        double[] sum = new double[FLOATS];
        for (int t = 0; t < tables.size(); t++) {
            float[] v = tables.get(t).values;
            double c = coefficients[t];
            for (int i = 0; i < FLOATS; i++) {
                sum[i] += c * v[i];
            }
        }
        float[] values = new float[FLOATS];
        for (int i = 0; i < FLOATS; i++) {
            values[i] = (float) sum[i];
        }
        return owning(values);
    }

    private static VoiceTable owning(float[] values) {
        if (values.length != FLOATS) {
            throw new IllegalArgumentException("expected " + FLOATS + " floats (" + ROWS + "×" + WIDTH
                    + "), found " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + values[i] + " at row " + i / WIDTH
                        + ", column " + i % WIDTH + " is not a finite number");
            }
        }
        return new VoiceTable(values);
    }

    /** A copy of row {@code index} (0-based). */
    public float[] row(int index) {
        if (index < 0 || index >= ROWS) {
            throw new IndexOutOfBoundsException("row " + index + " outside 0.." + (ROWS - 1));
        }
        return Arrays.copyOfRange(values, index * WIDTH, (index + 1) * WIDTH);
    }

    /** Same floats, bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceTable other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "VoiceTable[" + ROWS + "×" + WIDTH + "]";
    }
}
