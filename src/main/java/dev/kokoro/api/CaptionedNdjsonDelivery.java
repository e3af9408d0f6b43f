package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.WordTiming;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Captioned speech streamed as NDJSON: one line per chunk, {@code {"audio": base64, "audio_format",
 * "timestamps": [...]}}, times counted from the start of the whole audio; the encoder's last bytes, the
 * caption file and the download path, if asked for, come on a last line. Concatenating the decoded audio
 * fields gives the file.
 */
final class CaptionedNdjsonDelivery extends ChunkedDelivery {
    private final ObjectMapper json;
    private final Captioning captioning;
    /** Every word so far, for the caption file at the end. One delivery object per response. */
    private final List<WordTiming> words = new ArrayList<>();

    CaptionedNdjsonDelivery(ObjectMapper json, Captioning captioning) {
        this.json = json;
        this.captioning = captioning;
    }

    @Override
    OutputStream begin(Context ctx, SpeechReply reply) throws IOException {
        return AudioHeaders.openStream(ctx, "application/x-ndjson");
    }

    @Override
    void chunk(OutputStream out, byte[] audio, AudioChunk chunk, SpeechReply reply) throws IOException {
        words.addAll(chunk.words());
        line(out, audio, reply, chunk.words(), null, null);
    }

    @Override
    void end(OutputStream out, byte[] audio, SpeechReply reply) throws IOException {
        String captions = captioning.render(words).orElse(null);
        String download = reply.downloadPath().orElse(null);
        if (audio.length > 0 || captions != null || download != null) {
            line(out, audio, reply, List.of(), captions, download);
        }
    }

    @Override
    void failed(Context ctx, OutputStream out, KokoroException e) {
        try {
            out.write(json.writeValueAsBytes(ErrorBody.of(e, "server_error")));
            out.write('\n');
            out.flush();
        } catch (IOException gone) {
            // The client left as well: nobody is there to tell.
        }
    }

    private void line(OutputStream out, byte[] audio, SpeechReply reply, List<WordTiming> chunkWords, String captions,
            String download) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("audio", Base64.getEncoder().encodeToString(audio));
        line.put("audio_format", reply.output().id());
        if (captioning.timestamps()) {
            line.put("timestamps", WordTimestamps.json(chunkWords));
        }
        if (captions != null) {
            line.put("captions", captions);
        }
        if (download != null) {
            line.put("download_url", download);
        }
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
    }
}
