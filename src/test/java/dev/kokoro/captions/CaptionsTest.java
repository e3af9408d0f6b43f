package dev.kokoro.captions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    /** Words a quarter of a second each, back to back. */
    private static List<TimedWord> words(String text) {
        List<TimedWord> words = new ArrayList<>();
        double t = 0;
        for (String w : text.split(" ")) {
            words.add(new TimedWord(w, t, t + 0.25));
            t += 0.25;
        }
        return words;
    }

    @Test
    void aSentenceEndsItsCue() {
        List<Cue> cues = CueBuilder.cues(words("Hello, world! How are you?"));
        assertThat(cues).containsExactly(
                new Cue(0, 0.5, List.of("Hello, world!")),
                new Cue(0.5, 1.25, List.of("How are you?")));
    }

    @Test
    void longTextFillsTwoLinesOfFortyTwoAtMost() {
        List<Cue> cues = CueBuilder.cues(words("The quick brown fox jumps over the lazy dog and then runs far away "
                + "into the deep dark forest where nobody can ever find it again"));
        assertThat(cues.getFirst().lines()).containsExactly("The quick brown fox jumps over the lazy",
                "dog and then runs far away into the deep").satisfies(lines -> assertThat(lines)
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(42)));
    }

    @Test
    void aClauseEndsACueThatAlreadyHoldsEnough() {
        List<Cue> cues = CueBuilder.cues(words("After a long and winding introduction, we begin, at last"));
        assertThat(cues).extracting(Cue::lines).containsExactly(
                List.of("After a long and winding introduction,"), List.of("we begin, at last"));
    }

    @Test
    void aLongSilenceEndsACue() {
        List<Cue> cues = CueBuilder.cues(List.of(new TimedWord("before", 0, 0.5), new TimedWord("after", 2.5, 3)));
        assertThat(cues).containsExactly(new Cue(0, 0.5, List.of("before")), new Cue(2.5, 3, List.of("after")));
    }

    @Test
    void chineseAndJapanesePhrasesJoinWithoutSpaces() {
        List<Cue> cues = CueBuilder.cues(List.of(new TimedWord("你好，", 0, 0.5), new TimedWord("世界。", 0.5, 1)));
        assertThat(cues).containsExactly(new Cue(0, 1, List.of("你好，世界。")));
    }

    @Test
    void wordsWithoutLengthStillShowForAMoment() {
        List<Cue> cues = CueBuilder.cues(List.of(new TimedWord("%", 1, 1)));
        assertThat(cues).containsExactly(new Cue(1, 1.2, List.of("%")));
    }

    @Test
    void cuesAreNeverEmptyTooLongOrOverlapping() {
        Random random = new Random(3);
        String[] pool = {"a", "word", "sentence.", "clause,", "supercalifragilisticexpialidocious",
                "x".repeat(100), "日本語の文です。", "", "  ", "end!", "über"};
        for (int round = 0; round < 300; round++) {
            List<TimedWord> words = new ArrayList<>();
            double t = 0;
            StringBuilder all = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                String w = pool[random.nextInt(pool.length)];
                double length = random.nextInt(3) * 0.2;
                words.add(new TimedWord(w, t, t + length));
                all.append(w.strip());
                t += length + random.nextInt(3) * 0.6;
            }
            List<Cue> cues = CueBuilder.cues(words);
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < cues.size(); i++) {
                Cue cue = cues.get(i);
                assertThat(cue.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(2)
                        .allSatisfy(l -> assertThat(l).isNotBlank().hasSizeLessThanOrEqualTo(42));
                assertThat(cue.end()).isGreaterThan(cue.start());
                if (i > 0) {
                    assertThat(cue.start()).isGreaterThanOrEqualTo(cues.get(i - 1).end());
                }
                cue.lines().forEach(l -> shown.append(l.replace(" ", "")));
            }
            assertThat(shown.toString()).isEqualTo(all.toString().replace(" ", ""));
        }
    }

    @Test
    void srtNumbersCuesAndUsesCommas() {
        String srt = new SrtCaptions().render(List.of(new Cue(0.075, 1.5, List.of("Hello,", "world!")),
                new Cue(3661.0015, 3662, List.of("Later."))));
        assertThat(srt).isEqualTo("1\n00:00:00,075 --> 00:00:01,500\nHello,\nworld!\n\n"
                + "2\n01:01:01,002 --> 01:01:02,000\nLater.\n\n");
    }

    @Test
    void vttHasItsHeaderDotsAndEscapes() {
        String vtt = new VttCaptions().render(List.of(new Cue(0, 0.5, List.of("a < b & c --> d"))));
        assertThat(vtt).isEqualTo("WEBVTT\n\n00:00:00.000 --> 00:00:00.500\na &lt; b &amp; c --&gt; d\n\n");
    }
}
