package dev.kokoro.voice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a voice as the official {@code voices/<name>.pt} files are: PyTorch's zip format holding one float32
 * tensor of shape [510, 1, 256], so that {@code torch.load} (also with {@code weights_only=True}), the kokoro
 * package, Kokoro-FastAPI and {@link PtVoicePackReader} all load it. The entries are those {@code torch.save}
 * writes: {@code data.pkl} (the pickled call that rebuilds the tensor from storage {@code 0}), {@code data/0}
 * (the little-endian floats), {@code byteorder} and {@code version}, stored uncompressed.
 */
public final class PtVoicePackWriter {
    private static final String STORAGE_KEY = "0";

    private PtVoicePackWriter() {
    }

    /**
     * Writes {@code voice} as a pack whose archive folder is {@code name} (letters, digits and underscores;
     * PyTorch ignores it, but a readable one helps).
     */
    public static void write(Voice voice, String name, OutputStream out) throws IOException {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("archive name must be letters, digits and underscores: " + name);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        stored(zip, name + "/data.pkl", tensorPickle());
        stored(zip, name + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
        stored(zip, name + "/data/" + STORAGE_KEY, voice.table().encode(ByteOrder.LITTLE_ENDIAN));
        stored(zip, name + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        zip.finish();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * The pickle (protocol 2) of {@code torch._utils._rebuild_tensor_v2(storage, 0, (510, 1, 256),
     * (256, 256, 1), False, OrderedDict())}, the storage named by the persistent id
     * {@code ('storage', torch.FloatStorage, '0', 'cpu', 130560)}.
     */
    private static byte[] tensorPickle() {
        Pickle p = new Pickle();
        p.op(0x80).op(2);                                         // PROTO 2
        p.global("torch._utils", "_rebuild_tensor_v2");
        p.op('(');                                                // MARK: the arguments
        p.op('(').string("storage").global("torch", "FloatStorage").string(STORAGE_KEY).string("cpu")
                .integer(VoiceTable.FLOATS).op('t').op('Q');      // TUPLE, BINPERSID
        p.integer(0);                                             // storage offset
        p.integer(VoiceTable.ROWS).integer(1).integer(VoiceTable.WIDTH).op(0x87);   // size, TUPLE3
        p.integer(VoiceTable.WIDTH).integer(VoiceTable.WIDTH).integer(1).op(0x87);  // stride, TUPLE3
        p.op(0x89);                                               // NEWFALSE: requires_grad
        p.global("collections", "OrderedDict").op(')').op('R');   // OrderedDict(): backward hooks
        p.op('t').op('R').op('.');                                // TUPLE, REDUCE, STOP
        return p.bytes();
    }

    /** The few pickle opcodes a tensor needs. */
    private static final class Pickle {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Pickle op(int opcode) {
            out.write(opcode);
            return this;
        }

        Pickle global(String module, String name) {
            op('c');
            out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        Pickle string(String s) {                                 // BINUNICODE
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            op('X');
            int32(utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        Pickle integer(int n) {                                   // BININT
            op('J');
            int32(n);
            return this;
        }

        private void int32(int n) {
            out.write(n & 0xFF);
            out.write((n >>> 8) & 0xFF);
            out.write((n >>> 16) & 0xFF);
            out.write((n >>> 24) & 0xFF);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
