package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avformat.avio_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avio_context_free;
import static org.bytedeco.ffmpeg.global.avformat.avio_flush;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EIO;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Write_packet_Pointer_BytePointer_int;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * A write-only, non-seekable FFmpeg {@link AVIOContext} that hands every byte the muxer emits to the
 * {@link OutputStream} of the call in progress. Used by one thread at a time, like its encoder.
 */
final class OutputStreamIo implements AutoCloseable {
    private static final int BUFFER_SIZE = 4096;

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

    private final LongPointer opaque = new LongPointer(1);
    private final AVIOContext context;
    private byte[] chunk = new byte[BUFFER_SIZE];
    private OutputStream out;
    private IOException failure;

    OutputStreamIo() {
        BytePointer buffer = new BytePointer(av_malloc(BUFFER_SIZE));
        if (buffer.isNull()) {
            opaque.close();
            throw new OutOfMemoryError("av_malloc(" + BUFFER_SIZE + ") failed");
        }
        context = avio_alloc_context(buffer, BUFFER_SIZE, 1, opaque, null, WRITE, null);
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

    /** Rethrows the exception a write to the client stream raised inside the native callback, if any. */
    void throwIfWriteFailed() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private int write(BytePointer buf, int size) {
        if (failure != null || out == null) {
            return AVERROR_EIO();
        }
        if (size > chunk.length) {
            chunk = new byte[size];
        }
        buf.position(0).get(chunk, 0, size);
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
}
