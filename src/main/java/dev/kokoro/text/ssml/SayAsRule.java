package dev.kokoro.text.ssml;

/** {@code <say-as interpret-as="..." format="...">}: the text as {@link SayAs} rewrites it. */
final class SayAsRule implements ElementRule {
    @Override
    public boolean capturesText() {
        return true;
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        String said = translation.sayAs().say(element.attribute("interpret-as"), element.attribute("format"), text);
        translation.writer().text(said);
    }
}
