package dev.kokoro.text.ssml;

import java.util.Locale;

/**
 * {@code <phoneme alphabet="ipa" ph="həˈloʊ">hello</phoneme>} → {@code [hello](/həˈloʊ/)}. Kokoro
 * speaks IPA-like phonemes only, so another alphabet (x-sampa, a vendor's) keeps just the text;
 * without an alphabet the phonemes are taken as IPA.
 */
final class PhonemeRule implements ElementRule {
    /** The longest word and phoneme string the markup parser takes as a phoneme tag. */
    static final int MAX_WORD = 200;
    static final int MAX_PHONEMES = 1000;

    @Override
    public boolean capturesText() {
        return true;
    }

    @Override
    public void close(Element element, String text, Translation translation) {
        String alphabet = element.attribute("alphabet");
        String phonemes = MarkupWriter.plain(element.attribute("ph") == null ? "" : element.attribute("ph"));
        boolean ipa = alphabet == null || alphabet.strip().toLowerCase(Locale.ROOT).equals("ipa");
        if (!ipa || phonemes.isEmpty()) {
            translation.writer().text(text);
            return;
        }
        if (text.length() > MAX_WORD) throw element.error("phoneme text is longer than " + MAX_WORD + " characters");
        if (phonemes.length() > MAX_PHONEMES) {
            throw element.error("phonemes are longer than " + MAX_PHONEMES + " characters");
        }
        if (phonemes.contains("/)")) throw element.error("phonemes must not contain '/)'");
        translation.writer().phonemes("[" + text + "](/" + phonemes + "/)");
    }
}
