package dev.kokoro.voice;

import dev.kokoro.text.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * What the server tells clients about an installed voice.
 *
 * @param id       the voice id, {@code af_heart}
 * @param name     a display name, {@code Heart}
 * @param language the language it speaks
 * @param gender   as published, else from the id
 * @param grade    the published overall grade ({@code A}, {@code C+}, …), or null where none was published
 */
public record VoiceInfo(String id, String name, Language language, Gender gender, String grade) {
    public VoiceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(gender, "gender");
    }

    /** What the id alone says: language and gender from its prefix, the name from the part after {@code _}. */
    public static VoiceInfo fromId(String id) {
        return new VoiceInfo(id, displayName(id), Language.ofVoiceId(id), Gender.ofVoiceId(id), null);
    }

    /** {@code af_heart} → {@code Heart}, {@code zf_xiaobei} → {@code Xiaobei}, {@code my_pack_v2} → {@code Pack V2}. */
    static String displayName(String id) {
        String rest = id.indexOf('_') >= 0 ? id.substring(id.indexOf('_') + 1) : id;
        StringBuilder out = new StringBuilder();
        for (String word : rest.split("_")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ")
                        .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.isEmpty() ? id : out.toString();
    }
}
