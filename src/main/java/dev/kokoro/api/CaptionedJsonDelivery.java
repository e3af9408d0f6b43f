package dev.kokoro.api;

import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.WordTiming;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Captioned speech in one JSON object ({@code "stream": false}):
 * {@code {"audio": base64, "audio_format", "timestamps": [...], "captions"?, "download_url"?}}.
 */
final class CaptionedJsonDelivery implements AudioDelivery {
    private final Captioning captioning;

    CaptionedJsonDelivery(Captioning captioning) {
        this.captioning = captioning;
    }

    @Override
    public void send(Context ctx, SpeechReply reply) throws Exception {
        PcmJoiner pcm = new PcmJoiner();
        List<WordTiming> words = new ArrayList<>();
        for (AudioChunk chunk = reply.next(); chunk != null; chunk = reply.next()) {
            pcm.add(chunk.samples());
            words.addAll(chunk.words());
        }
        byte[] file = reply.format().encodeWhole(pcm.joined());
        reply.audio(file);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audio", Base64.getEncoder().encodeToString(file));
        body.put("audio_format", reply.format().id());
        if (captioning.timestamps()) {
            body.put("timestamps", WordTimestamps.json(words));
        }
        captioning.render(words).ifPresent(captions -> body.put("captions", captions));
        reply.downloadPath().ifPresent(path -> body.put("download_url", path));
        ctx.json(body);
    }
}
