package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avformat.avio_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avio_context_free;
import static org.bytedeco.ffmpeg.global.avformat.avio_flush;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EIO;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Seek_Pointer_long_int;
import org.bytedeco.ffmpeg.avformat.Write_packet_Pointer_BytePointer_int;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * A write-only FFmpeg {@link AVIOContext} for a muxer. Streaming, it is not seekable and hands every byte the muxer
 * emits to the {@link OutputStream} of the call in progress. For a whole file it is seekable and holds the file in
 * memory until {@link #release}: muxers go back to complete their header once they know the whole stream (FLAC's
 * total sample count, the MP3 Xing/LAME frame with the encoder delay and padding). Used by one thread at a time,
 * like its encoder.
 */
final class OutputStreamIo implements AutoCloseable {
    private static final int BUFFER_SIZE = 4096;
    /** avio seek's {@code whence}: from the start, from the position, from the end, or "tell me the size". */
    private static final int SEEK_SET = 0;
    private static final int SEEK_CUR = 1;
    private static final int SEEK_END = 2;
    private static final int AVSEEK_SIZE = 0x10000;
    /** A flag FFmpeg may add to {@code whence}, meaning "even if slow"; every seek here is cheap. */
    private static final int AVSEEK_FORCE = 0x20000;

    /**
     * JavaCPP backs each callback object with one of a few native thunks, so all contexts share one
     * callback and find their Java side through the address of their opaque pointer.
     */
    private static final Map<Long, OutputStreamIo> OPEN = new ConcurrentHashMap<>();
    private static final Write_packet_Pointer_BytePointer_int WRITE = new Write_packet_Pointer_BytePointer_int() {
        @Override
        public int call(Pointer opaque, BytePointer buf, int size) {
            OutputStreamIo io = OPEN.get(opaque.address());
            return io == null ? AVERROR_EIO() : io.write(buf, size);
        }
    };
    private static final Seek_Pointer_long_int SEEK = new Seek_Pointer_long_int() {
        @Override
        public long call(Pointer opaque, long offset, int whence) {
            OutputStreamIo io = OPEN.get(opaque.address());
            return io == null || io.file == null ? AVERROR_EIO() : io.file.seek(offset, whence & ~AVSEEK_FORCE);
        }
    };

    private final LongPointer opaque = new LongPointer(1);
    private final AVIOContext context;
    /** The whole file as written so far, when seekable; null when streaming. */
    private final HeldFile file;
    private byte[] chunk = new byte[BUFFER_SIZE];
    private OutputStream out;
    private IOException failure;

    /** @param wholeFile seekable, holding the file until {@link #release}; else streaming every byte at once */
    OutputStreamIo(boolean wholeFile) {
        file = wholeFile ? new HeldFile() : null;
        BytePointer buffer = new BytePointer(av_malloc(BUFFER_SIZE));
        if (buffer.isNull()) {
            opaque.close();
            throw new OutOfMemoryError("av_malloc(" + BUFFER_SIZE + ") failed");
        }
        // With a seek callback FFmpeg marks the context seekable, which muxers check before going back.
        context = avio_alloc_context(buffer, BUFFER_SIZE, 1, opaque, null, WRITE, wholeFile ? SEEK : null);
        if (context == null || context.isNull()) {
            av_free(buffer);
            opaque.close();
            throw new OutOfMemoryError("avio_alloc_context failed");
        }
        OPEN.put(opaque.address(), this);
    }

    AVIOContext context() {
        return context;
    }

    /** Directs the muxer's output to {@code target} until {@link #detach()}. */
    void attach(OutputStream target) {
        out = target;
    }

    void detach() {
        out = null;
    }

    /** Pushes FFmpeg's buffered bytes to the attached stream and reports a failed write. */
    void flush() throws IOException {
        avio_flush(context);
        throwIfWriteFailed();
    }

    /** Writes the whole file held so far to the attached stream (after the muxer's trailer); nothing when streaming. */
    void release() throws IOException {
        if (file != null) {
            file.writeTo(out);
        }
    }

    /** Rethrows the exception a write to the client stream raised inside the native callback, if any. */
    void throwIfWriteFailed() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private int write(BytePointer buf, int size) {
        if (failure != null || (out == null && file == null)) {
            return AVERROR_EIO();
        }
        if (size > chunk.length) {
            chunk = new byte[size];
        }
        buf.position(0).get(chunk, 0, size);
        if (file != null) {
            file.write(chunk, size);
            return size;
        }
        try {
            out.write(chunk, 0, size);
            return size;
        } catch (IOException e) {
            // An exception must not unwind through FFmpeg's C frames; keep it for the Java caller.
            failure = e;
        } catch (RuntimeException e) {
            failure = new IOException("Writing to the client failed", e);
        }
        return AVERROR_EIO();
    }

    @Override
    public void close() {
        if (OPEN.remove(opaque.address()) == null) {
            return;
        }
        // FFmpeg may have replaced the buffer it was given, so free the one it holds now.
        av_free(context.buffer());
        avio_context_free(context);
        opaque.close();
    }

    /** A file in memory that can be written anywhere in, as a muxer rewriting its header does. */
    private static final class HeldFile {
        private byte[] bytes = new byte[BUFFER_SIZE];
        private int size;
        private int position;

        void write(byte[] data, int length) {
            int end = position + length;
            if (end > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            }
            System.arraycopy(data, 0, bytes, position, length);
            position = end;
            size = Math.max(size, end);
        }

        /** The new position, or the size for {@code AVSEEK_SIZE}; an error for a place outside the file. */
        long seek(long offset, int whence) {
            if (whence == AVSEEK_SIZE) {
                return size;
            }
            long target = switch (whence) {
                case SEEK_SET -> offset;
                case SEEK_CUR -> position + offset;
                case SEEK_END -> size + offset;
                default -> -1;
            };
            if (target < 0 || target > size) {
                return AVERROR_EIO();
            }
            position = (int) target;
            return target;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
        }
    }
}
