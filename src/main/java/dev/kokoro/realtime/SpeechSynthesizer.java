package dev.kokoro.realtime;

import dev.kokoro.scheduling.Priority;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import dev.kokoro.text.normalize.NormalizationOptions;

/** Speaks a session's clauses through the server's pipeline, as live work of the highest priority. */
public final class SpeechSynthesizer implements Synthesizer {
    private final SpeechService speech;
    private final SessionSetup setup;

    public SpeechSynthesizer(SpeechService speech, SessionSetup setup) {
        this.speech = speech;
        this.setup = setup;
    }

    @Override
    public Synthesis start(String clause) {
        SpeechStream stream = speech.start(new SpeechSpec(clause, setup.voice(), setup.language(), setup.speed(), 1f,
                NormalizationOptions.DEFAULTS, Priority.REALTIME, setup.voiceAliases(), false));
        return new Synthesis() {
            @Override
            public AudioChunk next() throws InterruptedException {
                return stream.next();
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }
}
