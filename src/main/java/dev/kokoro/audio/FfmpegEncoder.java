package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CONFIG_SAMPLE_FORMAT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_supported_config;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.av_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16P;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import dev.kokoro.error.SynthesisFailedException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * The machinery every FFmpeg-backed format shares: an encoder fed in the codec's frame size, a muxer
 * writing through {@link OutputStreamIo}, and a flush after every call so each {@link #encode} emits
 * all the audio the container lets out (a whole file, which the muxer may go back into, comes out at {@link #finish}).
 * Subclasses only name the codec, the muxer, the rate and the bitrate.
 * Not thread-safe: one instance serves one response on one thread.
 */
abstract sealed class FfmpegEncoder implements AudioEncoder
        permits Mp3Encoder, OpusEncoder, AacEncoder, FlacEncoder, MulawEncoder, AlawEncoder {

    /** Sample formats mono PCM can be copied into without a resampler, best first (int16 is exact). */
    private static final List<Integer> USABLE_SAMPLE_FORMATS =
            List.of(AV_SAMPLE_FMT_S16, AV_SAMPLE_FMT_S16P, AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_FLTP);
    /** Frame size for codecs that accept any (they report 0). */
    private static final int VARIABLE_FRAME_SIZE = 1024;

    private AVCodecContext codec;
    private AVFormatContext muxer;
    private AVStream stream;
    private OutputStreamIo io;
    private AVFrame frame;
    private AVPacket packet;
    private int frameSize;
    /** Codecs that take frames of any length (PCM, G.711) get every call's samples at once: nothing is held back. */
    private boolean anyFrameSize;
    private float[] floatScratch;
    private int buffered;
    private long nextPts;
    private boolean headerWritten;
    private boolean finished;
    private boolean closed;

    /** Leaves the speed/quality trade-off to the codec (FFmpeg's FF_COMPRESSION_DEFAULT, not in the presets). */
    static final int CODEC_DEFAULT_LEVEL = -1;

    /**
     * @param codecName FFmpeg encoder name, e.g. {@code libmp3lame}
     * @param muxerName FFmpeg muxer name, e.g. {@code mp3}
     * @param sampleRate the rate of the samples {@link #encode} is given, which the file declares
     * @param bitRate bits per second, or 0 for the codec's default (lossless codecs)
     * @param compressionLevel the codec's speed/quality trade-off, or {@link #CODEC_DEFAULT_LEVEL}
     * @param wholeFile the muxer writes into a seekable file held until {@link #finish}, so it can complete its
     *     header at the end (FLAC's length, MP3's Xing/LAME frame); false: every call emits what it can (streaming)
     */
    FfmpegEncoder(String codecName, String muxerName, int sampleRate, long bitRate, int compressionLevel,
            boolean wholeFile) {
        FfmpegLog.install();
        try {
            open(codecName, muxerName, sampleRate, bitRate, compressionLevel, wholeFile);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open(String codecName, String muxerName, int sampleRate, long bitRate, int compressionLevel,
            boolean wholeFile) {
        AVCodec encoder = avcodec_find_encoder_by_name(codecName);
        if (encoder == null || encoder.isNull()) {
            throw new SynthesisFailedException("This FFmpeg build has no " + codecName + " encoder", null);
        }
        codec = avcodec_alloc_context3(encoder);
        codec.sample_rate(sampleRate);
        codec.time_base(av_make_q(1, sampleRate));
        av_channel_layout_default(codec.ch_layout(), 1);
        codec.sample_fmt(sampleFormat(encoder, codecName));
        codec.bit_rate(bitRate);
        codec.compression_level(compressionLevel);

        AVFormatContext context = new AVFormatContext(null);
        FfmpegError.check(avformat_alloc_output_context2(context, null, muxerName, null), "allocating the " + muxerName + " muxer");
        muxer = context;
        if ((muxer.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        FfmpegError.check(avcodec_open2(codec, encoder, (AVDictionary) null), "opening the " + codecName + " encoder");

        stream = avformat_new_stream(muxer, null);
        if (stream == null || stream.isNull()) {
            throw new SynthesisFailedException("FFmpeg could not add a stream to the " + muxerName + " muxer", null);
        }
        stream.time_base(codec.time_base());
        FfmpegError.check(avcodec_parameters_from_context(stream.codecpar(), codec), "copying the codec parameters");
        io = new OutputStreamIo(wholeFile);
        muxer.pb(io.context());

        anyFrameSize = codec.frame_size() == 0;
        frameSize = anyFrameSize ? VARIABLE_FRAME_SIZE : codec.frame_size();
        floatScratch = new float[frameSize];
        frame = av_frame_alloc();
        frame.format(codec.sample_fmt());
        frame.sample_rate(sampleRate);
        FfmpegError.check(av_channel_layout_copy(frame.ch_layout(), codec.ch_layout()), "setting the channel layout");
        frame.nb_samples(frameSize);
        FfmpegError.check(av_frame_get_buffer(frame, 0), "allocating an audio frame");
        packet = av_packet_alloc();
    }

    private static int sampleFormat(AVCodec encoder, String codecName) {
        try (PointerPointer<?> configs = new PointerPointer<>(1); IntPointer count = new IntPointer(1)) {
            FfmpegError.check(avcodec_get_supported_config(null, encoder, AV_CODEC_CONFIG_SAMPLE_FORMAT, 0, configs, count),
                    "listing the sample formats of " + codecName);
            if (count.get() == 0) {
                return AV_SAMPLE_FMT_S16; // no list means any format is accepted
            }
            IntPointer formats = new IntPointer(configs.get(0)).capacity(count.get());
            for (int candidate : USABLE_SAMPLE_FORMATS) {
                for (int i = 0; i < count.get(); i++) {
                    if (formats.get(i) == candidate) {
                        return candidate;
                    }
                }
            }
        }
        throw new SynthesisFailedException(codecName + " takes no int16 or float sample format", null);
    }

    @Override
    public void encode(short[] samples, OutputStream out) throws IOException {
        requireOpen();
        io.attach(out);
        try {
            writeHeaderOnce();
            int offset = 0;
            while (offset < samples.length) {
                int count = Math.min(frameSize - buffered, samples.length - offset);
                copyIntoFrame(samples, offset, count);
                offset += count;
                if (buffered == frameSize) {
                    sendFrame();
                }
            }
            if (anyFrameSize && buffered > 0) {
                sendFrame();
            }
            // Ogg holds finished packets until a page fills; a null packet makes such muxers write them now.
            check(av_write_frame(muxer, null), "flushing the muxer");
            io.flush();
        } finally {
            io.detach();
        }
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        requireOpen();
        io.attach(out);
        try {
            writeHeaderOnce();
            if (buffered > 0) {
                sendFrame();
            }
            check(avcodec_send_frame(codec, null), "draining the encoder");
            writePackets();
            check(av_write_trailer(muxer), "writing the trailer");
            io.flush();
            io.release();
            finished = true;
        } finally {
            io.detach();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (packet != null) {
            av_packet_free(packet);
        }
        if (frame != null) {
            av_frame_free(frame);
        }
        if (codec != null) {
            avcodec_free_context(codec);
        }
        if (muxer != null) {
            // Also runs the muxer's deinit, which frees what it buffered when no trailer was written.
            avformat_free_context(muxer);
        }
        if (io != null) {
            io.close();
        }
    }

    private void requireOpen() {
        if (closed || finished) {
            throw new IllegalStateException("Encoder already " + (closed ? "closed" : "finished"));
        }
    }

    private void writeHeaderOnce() throws IOException {
        if (!headerWritten) {
            check(avformat_write_header(muxer, (AVDictionary) null), "writing the header");
            headerWritten = true;
        }
    }

    private void copyIntoFrame(short[] samples, int offset, int count) throws IOException {
        if (buffered == 0) {
            // The encoder may still hold a reference to the previous frame's buffer.
            check(av_frame_make_writable(frame), "making the audio frame writable");
        }
        BytePointer plane = frame.data(0);
        switch (frame.format()) {
            case AV_SAMPLE_FMT_S16, AV_SAMPLE_FMT_S16P -> new ShortPointer(plane).position(buffered).put(samples, offset, count);
            default -> {
                for (int i = 0; i < count; i++) {
                    floatScratch[i] = samples[offset + i] / 32_768f;
                }
                new FloatPointer(plane).position(buffered).put(floatScratch, 0, count);
            }
        }
        buffered += count;
    }

    private void sendFrame() throws IOException {
        frame.nb_samples(buffered);
        frame.pts(nextPts);
        nextPts += buffered;
        check(avcodec_send_frame(codec, frame), "encoding audio");
        buffered = 0;
        frame.nb_samples(frameSize);
        writePackets();
    }

    private void writePackets() throws IOException {
        while (true) {
            int ret = avcodec_receive_packet(codec, packet);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                return;
            }
            check(ret, "encoding audio");
            av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            int written = av_write_frame(muxer, packet);
            av_packet_unref(packet);
            check(written, "muxing audio");
        }
    }

    /** Throws the client stream's own IOException when a write failed, else FFmpeg's error as a 500. */
    private void check(int ret, String action) throws IOException {
        if (ret < 0) {
            io.throwIfWriteFailed();
            throw FfmpegError.of(ret, action);
        }
    }
}
