package dev.kokoro.text.ssml;

/**
 * {@code <prosody rate="...">} → {@code [rate:r]}, and the enclosing rate again after it. Pitch and
 * volume are not something Kokoro can change; their text is spoken as is.
 */
final class ProsodyRule implements ElementRule {
    @Override
    public void open(Element element, Translation translation) {
        String rate = element.attribute("rate");
        double enclosing = translation.rate();
        try {
            translation.enterRate(rate == null ? enclosing : SpeechRate.parse(rate, enclosing));
        } catch (IllegalArgumentException e) {
            throw element.error(e.getMessage());
        }
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        translation.leaveRate();
    }
}
