package dev.kokoro.text.ssml;

/** {@code <break time="500ms"/>} or {@code <break strength="strong"/>} → {@code [pause:700ms]}; no pause for 0. */
final class BreakRule implements ElementRule {
    @Override
    public void open(Element element, Translation translation) {
        long millis;
        try {
            millis = BreakTime.millis(element.attribute("time"), element.attribute("strength"));
        } catch (IllegalArgumentException e) {
            throw element.error(e.getMessage());
        }
        if (millis > 0) translation.writer().tag("[pause:" + millis + "ms]");
    }
}
