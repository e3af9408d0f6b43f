package dev.kokoro.text.ssml;

/**
 * {@code <s>} and {@code <p>}: a sentence (or a paragraph) ends at the element's end, and any
 * unfinished one before it ends at its start, so "Intro<p>Text</p>" is two paragraphs.
 */
final class SentenceRule implements ElementRule {
    static final SentenceRule SENTENCE = new SentenceRule(false);
    static final SentenceRule PARAGRAPH = new SentenceRule(true);

    private final boolean paragraph;

    private SentenceRule(boolean paragraph) {
        this.paragraph = paragraph;
    }

    @Override
    public void open(Element element, Translation translation) {
        end(translation.writer());
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        end(translation.writer());
    }

    private void end(MarkupWriter writer) {
        if (paragraph) {
            writer.endParagraph();
        } else {
            writer.endSentence();
        }
    }
}
