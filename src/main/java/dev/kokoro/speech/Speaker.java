package dev.kokoro.speech;

import dev.kokoro.text.Language;
import dev.kokoro.voice.Voice;

/**
 * Who speaks a stretch of text, in which language's pipeline, and how fast: the request's own at first, changed
 * by {@code [voice:...]} and {@code [rate:...]} tags.
 *
 * @param voice null when only phonemes are wanted (no synthesis)
 */
record Speaker(Voice voice, Language language, float speed) {
    Speaker withVoice(Voice voice, Language language) {
        return new Speaker(voice, language, speed);
    }

    Speaker withSpeed(double speed) {
        return new Speaker(voice, language, (float) Math.clamp(speed, SpeechSpec.MIN_SPEED, SpeechSpec.MAX_SPEED));
    }
}
