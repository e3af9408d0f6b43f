package dev.kokoro.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CjkTest {
    @Test
    void thePredicateAndTheRegexClassAgreeOnEveryCodePoint() {
        Pattern regex = Pattern.compile(Cjk.CHAR);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isDefined(cp)) {
                assertThat(Cjk.isCjk(cp)).as("U+%04X", cp).isEqualTo(regex.matcher(Character.toString(cp)).matches());
            }
        }
    }

    @Test
    void fullWidthPunctuationCountsOnlyWhereAsked() {
        assertThat(Cjk.isCjk('，')).isFalse();
        assertThat(Cjk.isCjkOrFullWidth('，')).isTrue();
        assertThat(Cjk.isCjkOrFullWidth('、')).isTrue();
        assertThat(Cjk.isCjkOrFullWidth('a')).isFalse();
    }
}
