package dev.kokoro.text.ssml;

/** {@code <sub alias="World Wide Web">WWW</sub>} → the alias; without one, the text. */
final class SubRule implements ElementRule {
    @Override
    public boolean capturesText() {
        return true;
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        String alias = element.attribute("alias");
        translation.writer().text(alias == null ? text : alias);
    }
}
