package dev.kokoro.text.ssml;

/**
 * {@code <voice name="am_adam">} → {@code [voice:am_adam]}, and the enclosing voice again after it.
 * Whether the voice exists is the pipeline's to say; here the name only must not break the tag.
 * A voice without a name (chosen by gender or age, which Kokoro cannot do) keeps the enclosing one.
 */
final class VoiceRule implements ElementRule {
    /**
     * Room for a blend of several voices with weights ("af_bella(2)+af_sky(1)+…"), well inside the
     * 200 characters the markup parser looks ahead for a tag's closing bracket.
     */
    static final int MAX_NAME = 100;

    @Override
    public void open(Element element, Translation translation) {
        String name = element.attribute("name");
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME) throw element.error("voice name is longer than " + MAX_NAME + " characters");
        if (name.chars().anyMatch(c -> c == '[' || c == ']' || Character.isISOControl(c))) {
            throw element.error("voice name '" + BreakTime.shorten(name)
                    + "' has a square bracket or a control character such as a line break");
        }
        translation.enterVoice(name.isEmpty() ? translation.voice() : name);
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        translation.leaveVoice();
    }
}
