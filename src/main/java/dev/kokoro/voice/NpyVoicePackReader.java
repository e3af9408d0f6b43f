package dev.kokoro.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numpy {@code .npy} array (format versions 1, 2 and 3): float32 of shape [510, 1, 256] or [510, 256] in C
 * order. The voice is named after the file.
 */
public final class NpyVoicePackReader implements VoicePackReader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final List<List<Integer>> SHAPES = List.of(
            List.of(VoiceTable.ROWS, 1, VoiceTable.WIDTH), List.of(VoiceTable.ROWS, VoiceTable.WIDTH));
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    @Override
    public boolean canRead(VoicePackFile file) {
        return file.startsWith(MAGIC);
    }

    @Override
    public Map<String, VoiceTable> read(VoicePackFile file) {
        return Map.of(file.baseName(), decode(file, "", VoicePackIO.readAll(file)));
    }

    /** Decodes a whole {@code .npy} image; {@code where} names the entry when it came from inside an archive. */
    static VoiceTable decode(VoicePackFile file, String where, byte[] npy) {
        if (npy.length < 10 || !Arrays.equals(npy, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw VoicePackIO.corrupt(file, where, "no .npy signature");
        }
        int major = npy[6];
        ByteBuffer in = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN).position(8);
        long headerLength = switch (major) {
            case 1 -> Short.toUnsignedInt(in.getShort());
            case 2, 3 -> {
                if (npy.length < 12) {
                    throw VoicePackIO.corrupt(file, where, "truncated .npy header");
                }
                yield Integer.toUnsignedLong(in.getInt());
            }
            default -> throw VoicePackIO.corrupt(file, where, "unsupported .npy format version " + major);
        };
        int headerStart = in.position();
        if (headerStart + headerLength > npy.length) {
            throw VoicePackIO.corrupt(file, where, "truncated .npy header");
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String header = new String(npy, headerStart, (int) headerLength, charset);
        ByteOrder order = byteOrder(file, where, field(file, where, header, DESCR, "descr"));
        if (field(file, where, header, FORTRAN, "fortran_order").equals("True")) {
            throw VoicePackIO.corrupt(file, where, "Fortran-ordered arrays are not supported");
        }
        List<Integer> shape = shape(file, where, field(file, where, header, SHAPE, "shape"));
        if (!SHAPES.contains(shape)) {
            throw VoicePackIO.corrupt(file, where, "shape " + shape + ", expected " + SHAPES.get(0) + " or " + SHAPES.get(1));
        }
        int dataStart = headerStart + (int) headerLength;
        return VoicePackIO.decode(file, where, ByteBuffer.wrap(npy, dataStart, npy.length - dataStart), order);
    }

    private static String field(VoicePackFile file, String where, String header, Pattern pattern, String name) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw VoicePackIO.corrupt(file, where, ".npy header has no '" + name + "': " + header.strip());
        }
        return m.group(1);
    }

    private static ByteOrder byteOrder(VoicePackFile file, String where, String descr) {
        return switch (descr) {
            case "<f4" -> ByteOrder.LITTLE_ENDIAN;
            case ">f4" -> ByteOrder.BIG_ENDIAN;
            default -> throw VoicePackIO.corrupt(file, where, "dtype '" + descr + "', expected float32 '<f4'");
        };
    }

    private static List<Integer> shape(VoicePackFile file, String where, String dims) {
        try {
            return Arrays.stream(dims.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                    .map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw VoicePackIO.corrupt(file, where, "unreadable shape (" + dims + ")");
        }
    }
}
