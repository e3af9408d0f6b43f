package dev.kokoro.api;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Captioned speech in one JSON object ({@code "stream": false}):
 * {@code {"audio": base64, "audio_format", "timestamps": [...], "captions"?, "download_url"?}}.
 */
final class CaptionedJsonDelivery implements AudioDelivery {
    private final Captioning captioning;
    private final WholeFileLimit limit;

    CaptionedJsonDelivery(Captioning captioning, WholeFileLimit limit) {
        this.captioning = captioning;
        this.limit = limit;
    }

    @Override
    public void send(Context ctx, SpeechReply reply) throws Exception {
        SpeechReply.Whole whole = reply.whole(limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audio", Base64.getEncoder().encodeToString(whole.file()));
        body.put("audio_format", reply.output().id());
        if (captioning.timestamps()) {
            body.put("timestamps", WordTimestamps.json(whole.words()));
        }
        captioning.render(whole.words()).ifPresent(captions -> body.put("captions", captions));
        reply.downloadPath().ifPresent(path -> body.put("download_url", path));
        ctx.json(body);
    }
}
