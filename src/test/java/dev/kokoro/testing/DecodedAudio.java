package dev.kokoro.testing;

import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_BITSTREAM;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_BUFFER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_CRCCHECK;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_EXPLODE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_CORRUPT;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_find_input_format;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_DBL;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_get_packed_sample_fmt;
import static org.bytedeco.ffmpeg.global.avutil.av_get_sample_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_sample_fmt_is_planar;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import dev.kokoro.audio.FfmpegLog;
import dev.kokoro.audio.Pcm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Audio as a real decoder sees it: a response body decoded with FFmpeg, forcing the demuxer its
 * format implies and with strict error detection, so corrupt or mislabelled audio shows up as
 * {@link #decodeErrors()} instead of being silently concealed.
 *
 * @param codec FFmpeg's name of the decoder that ran, e.g. {@code mp3float}, {@code opus}, {@code pcm_s16le}
 * @param sampleRate the decoded sample rate (Opus always decodes at 48 kHz)
 * @param channels the decoded channel count
 * @param samples the first channel, as floats in [-1, 1]
 * @param decodeErrors demuxer errors, corrupt packets, decoder errors, frames flagged as damaged, and
 *     1 more when less audio came out than the container declares (Ogg skips damaged pages silently)
 */
public record DecodedAudio(String codec, int sampleRate, int channels, float[] samples, int decodeErrors) {

    /** Strict error detection, for demuxers (CRCs) and decoders alike. */
    private static final int STRICT = AV_EF_CRCCHECK | AV_EF_BITSTREAM | AV_EF_BUFFER | AV_EF_EXPLODE;
    /** Less audio than the container declares by more than about a frame counts as lost. */
    private static final double DURATION_SLACK_SECONDS = 0.025;
    /** AV_FRAME_FLAG_CORRUPT, which the JavaCPP presets do not export. */
    private static final int FRAME_FLAG_CORRUPT = 1;
    /** The demuxer each response_format must be readable with. */
    private static final Map<String, String> DEMUXERS =
            Map.of("mp3", "mp3", "opus", "ogg", "aac", "aac", "flac", "flac", "wav", "wav",
                    "mulaw", "mulaw", "alaw", "alaw");
    /** Bare G.711 says nothing about itself; it is 8 kHz mono by definition (FFmpeg's raw demuxers assume 44.1). */
    private static final String G711_RATE = "8000";

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DecodedAudio[%s, %d Hz, %d ch, %d samples (%.4f s), %d errors]",
                codec, sampleRate, channels, samples.length, durationSeconds(), decodeErrors);
    }

    /** Decoded samples per channel. */
    public int sampleCount() {
        return samples.length;
    }

    public double durationSeconds() {
        return samples.length == 0 ? 0 : (double) samples.length / sampleRate;
    }

    /** Root mean square of the first channel, 0 for silence, about 0.707 * amplitude for a sine. */
    public double rms() {
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    /**
     * Decodes a body in one of the server's response formats ({@code mp3 opus aac flac wav pcm mulaw alaw}).
     *
     * @throws IllegalArgumentException for another format name
     * @throws IllegalStateException when FFmpeg cannot even open the data as that format
     */
    public static DecodedAudio decode(byte[] data, String format) {
        String name = format.strip().toLowerCase(Locale.ROOT);
        if (name.equals("pcm")) {
            return fromPcm(data);
        }
        String demuxer = DEMUXERS.get(name);
        if (demuxer == null) {
            throw new IllegalArgumentException("Unknown response format " + format);
        }
        FfmpegLog.install();
        Path file = null;
        try {
            file = Files.createTempFile("decoded-audio-", "." + name);
            Files.write(file, data);
            return decodeFile(file, demuxer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A leftover temp file does not affect the result.
                }
            }
        }
    }

    /**
     * Reads raw {@code pcm}: little-endian int16, mono, {@link Pcm#SAMPLE_RATE} Hz; a trailing
     * odd byte (half a sample) counts as one decode error.
     */
    public static DecodedAudio fromPcm(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        float[] samples = new float[data.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = buffer.getShort() / 32_768f;
        }
        return new DecodedAudio("pcm_s16le", Pcm.SAMPLE_RATE, 1, samples, data.length % 2);
    }

    private static DecodedAudio decodeFile(Path file, String demuxer) {
        AVInputFormat inputFormat = av_find_input_format(demuxer);
        AVFormatContext input = avformat_alloc_context();
        input.error_recognition(STRICT);
        AVDictionary options = new AVDictionary(null);
        if (demuxer.equals("mulaw") || demuxer.equals("alaw")) {
            av_dict_set(options, "sample_rate", G711_RATE, 0);
        }
        try {
            check(avformat_open_input(input, file.toString(), inputFormat, options), "opening as " + demuxer);
        } finally {
            av_dict_free(options);
        }
        AVCodecContext decoder = null;
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            check(avformat_find_stream_info(input, (PointerPointer<?>) null), "reading stream info");
            int streamIndex = av_find_best_stream(input, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
            check(streamIndex, "finding an audio stream");
            AVStream stream = input.streams(streamIndex);
            AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
            if (codec == null || codec.isNull()) {
                throw new IllegalStateException("No decoder for codec id " + stream.codecpar().codec_id());
            }
            decoder = avcodec_alloc_context3(codec);
            check(avcodec_parameters_to_context(decoder, stream.codecpar()), "configuring the decoder");
            decoder.err_recognition(STRICT); // the "err_detect" option
            check(avcodec_open2(decoder, codec, (AVDictionary) null), "opening the decoder");

            Collector collector = new Collector();
            while (true) {
                int ret = av_read_frame(input, packet);
                if (ret < 0) {
                    if (ret != AVERROR_EOF) {
                        collector.errors++;
                    }
                    break;
                }
                if (packet.stream_index() == streamIndex) {
                    if ((packet.flags() & AV_PKT_FLAG_CORRUPT) != 0 && !wholeBlocks(packet, decoder)) {
                        collector.errors++;
                    }
                    if (avcodec_send_packet(decoder, packet) < 0) {
                        collector.errors++;
                    }
                    collector.receive(decoder, frame);
                }
                av_packet_unref(packet);
            }
            avcodec_send_packet(decoder, null);
            collector.receive(decoder, frame);
            double declared = declaredSeconds(input, stream);
            double decodedSeconds = collector.count == 0 ? 0 : (double) collector.count / collector.sampleRate;
            if (decodedSeconds < declared - DURATION_SLACK_SECONDS) {
                collector.errors++; // audio the container promises never came out of the decoder
            }
            return new DecodedAudio(codec.name().getString(), collector.sampleRate, collector.channels,
                    Arrays.copyOf(collector.samples, collector.count), collector.errors);
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            if (decoder != null) {
                avcodec_free_context(decoder);
            }
            avformat_close_input(input);
        }
    }

    /**
     * Demuxers flag a packet corrupt when the file ends before the size they asked for, which is
     * also how every WAV of unknown length (a streamed one) ends. Whole PCM blocks lose nothing;
     * a cut through a compressed frame still counts, through this flag or the decoder's complaint.
     */
    private static boolean wholeBlocks(AVPacket packet, AVCodecContext decoder) {
        return decoder.block_align() > 0 && packet.size() % decoder.block_align() == 0;
    }

    /**
     * The duration the container states (Ogg's last granule, a FLAC or WAV header), or NaN when it
     * states none and FFmpeg only guessed from the bitrate.
     */
    private static double declaredSeconds(AVFormatContext input, AVStream stream) {
        if (input.duration_estimation_method() == AVFMT_DURATION_FROM_BITRATE) {
            return Double.NaN;
        }
        if (stream.duration() != AV_NOPTS_VALUE) {
            double seconds = stream.duration() * av_q2d(stream.time_base());
            if (stream.start_time() != AV_NOPTS_VALUE && stream.start_time() > 0) {
                // An MP3 Xing/LAME frame counts whole frames: the encoder delay the demuxer skips (the start time)
                // and the padding of the last frame it trims are in that length, but never come out.
                int frame = stream.codecpar().frame_size();
                seconds -= stream.start_time() * av_q2d(stream.time_base())
                        + (frame > 0 ? (double) frame / stream.codecpar().sample_rate() : 0);
            }
            return seconds;
        }
        return input.duration() != AV_NOPTS_VALUE ? (double) input.duration() / AV_TIME_BASE : Double.NaN;
    }

    private static void check(int ret, String action) {
        if (ret < 0) {
            try (BytePointer text = new BytePointer(256)) {
                av_strerror(ret, text, text.capacity());
                throw new IllegalStateException("FFmpeg failed " + action + ": " + text.getString());
            }
        }
    }

    /** Accumulates the first channel of every decoded frame and counts what went wrong. */
    private static final class Collector {
        float[] samples = new float[48_000];
        int count;
        int sampleRate;
        int channels;
        int errors;

        void receive(AVCodecContext decoder, AVFrame frame) {
            while (true) {
                int ret = avcodec_receive_frame(decoder, frame);
                if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                    return;
                }
                if (ret < 0) {
                    errors++;
                    return;
                }
                if (frame.decode_error_flags() != 0 || (frame.flags() & FRAME_FLAG_CORRUPT) != 0) {
                    errors++;
                }
                sampleRate = frame.sample_rate();
                channels = frame.ch_layout().nb_channels();
                append(frame);
            }
        }

        private void append(AVFrame frame) {
            int n = frame.nb_samples();
            int stride = av_sample_fmt_is_planar(frame.format()) != 0 ? 1 : channels;
            int values = n * stride;
            if (count + n > samples.length) {
                samples = Arrays.copyOf(samples, Math.max(2 * samples.length, count + n));
            }
            BytePointer plane = frame.data(0);
            int packed = av_get_packed_sample_fmt(frame.format());
            switch (packed) {
                case AV_SAMPLE_FMT_S16 -> {
                    short[] raw = new short[values];
                    new ShortPointer(plane).get(raw);
                    for (int i = 0; i < n; i++) {
                        samples[count + i] = raw[i * stride] / 32_768f;
                    }
                }
                case AV_SAMPLE_FMT_S32 -> {
                    int[] raw = new int[values];
                    new IntPointer(plane).get(raw);
                    for (int i = 0; i < n; i++) {
                        samples[count + i] = raw[i * stride] / 2_147_483_648f;
                    }
                }
                case AV_SAMPLE_FMT_FLT -> {
                    float[] raw = new float[values];
                    new FloatPointer(plane).get(raw);
                    for (int i = 0; i < n; i++) {
                        samples[count + i] = raw[i * stride];
                    }
                }
                case AV_SAMPLE_FMT_DBL -> {
                    double[] raw = new double[values];
                    new DoublePointer(plane).get(raw);
                    for (int i = 0; i < n; i++) {
                        samples[count + i] = (float) raw[i * stride];
                    }
                }
                default -> throw new IllegalStateException("Unhandled sample format "
                        + av_get_sample_fmt_name(frame.format()).getString());
            }
            count += n;
        }
    }
}
