package dev.kokoro.text.ssml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The state of one document's translation that element rules share: the markup being written, the
 * say-as formatters of the request's language, and the voices and rates of the enclosing elements,
 * so that a closing {@code </voice>} or {@code </prosody>} can go back to the one around it.
 */
final class Translation {
    static final String DEFAULT_VOICE = "default";

    private final MarkupWriter writer;
    private final SayAs sayAs;
    private final Deque<String> voices = new ArrayDeque<>();
    private final Deque<Double> rates = new ArrayDeque<>();

    Translation(MarkupWriter writer, SayAs sayAs) {
        this.writer = writer;
        this.sayAs = sayAs;
        voices.push(DEFAULT_VOICE);
        rates.push(SpeechRate.NORMAL);
    }

    MarkupWriter writer() {
        return writer;
    }

    SayAs sayAs() {
        return sayAs;
    }

    String voice() {
        return voices.element();
    }

    double rate() {
        return rates.element();
    }

    /** Speaks with {@code voice} until {@link #leaveVoice}; a tag only where the voice changes. */
    void enterVoice(String voice) {
        if (!voice.equals(voice())) writer.tag("[voice:" + voice + "]");
        voices.push(voice);
    }

    void leaveVoice() {
        String left = voices.pop();
        if (!left.equals(voice())) writer.tag("[voice:" + voice() + "]");
    }

    /** Speaks at {@code rate} until {@link #leaveRate}; a tag only where the rate changes. */
    void enterRate(double rate) {
        if (rate != rate()) writer.tag("[rate:" + SpeechRate.format(rate) + "]");
        rates.push(rate);
    }

    void leaveRate() {
        double left = rates.pop();
        if (left != rate()) writer.tag("[rate:" + SpeechRate.format(rate()) + "]");
    }
}
