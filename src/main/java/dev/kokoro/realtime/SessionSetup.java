package dev.kokoro.realtime;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.Pcm;
import dev.kokoro.text.Language;
import dev.kokoro.voice.Voice;
import java.util.Map;

/**
 * How a session speaks, validated, from its setup message.
 *
 * @param voice        the voice or blend
 * @param language     the language its text is read in
 * @param speed        speaking rate, 1 = natural
 * @param format       the audio format sent (PCM or one encoded stream per turn)
 * @param binaryAudio  true: audio goes in binary frames; false: base64 inside JSON messages
 * @param voiceAliases names speaker tags in the text may use (the configured ones)
 */
public record SessionSetup(Voice voice, Language language, float speed, AudioFormat format, boolean binaryAudio,
        Map<String, String> voiceAliases) {
    public SessionSetup {
        voiceAliases = Map.copyOf(voiceAliases);
    }

    /** The MIME type of the audio sent, e.g. {@code audio/pcm;rate=24000}. */
    public String mimeType() {
        return format == AudioFormat.PCM ? "audio/pcm;rate=" + Pcm.SAMPLE_RATE : format.contentType();
    }
}
