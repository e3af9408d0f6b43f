package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ending rules on a small hand-made stem list (misaki's US and GB entries for these stems). */
class InflectionTest {
    private static final Map<String, String> US = Map.ofEntries(
            Map.entry("cat", "kˈæt"), Map.entry("dog", "dˈɔɡ"), Map.entry("box", "bˈɑks"), Map.entry("judge", "ʤˈʌʤ"),
            Map.entry("jump", "ʤˈʌmp"), Map.entry("play", "plˈA"), Map.entry("want", "wˈɑnt"), Map.entry("need", "nˈid"),
            Map.entry("chat", "ʧˈæt"), Map.entry("hope", "hˈOp"), Map.entry("zip", "zˈɪp"), Map.entry("baby", "bˈAbi"),
            Map.entry("google", "ɡˈuɡᵊl"), Map.entry("quick", "kwˈɪk"), Map.entry("happy", "hˈæpi"),
            Map.entry("big", "bˈɪɡ"), Map.entry("CPU", "sˌipˌijˈu"), Map.entry("see", "sˈi"), Map.entry("fear", "fˈɪɹ"));
    private static final Map<String, String> GB = Map.of("fear", "fˈɪə", "want", "wˈɒnt", "box", "bˈɒks",
            "need", "nˈiːd", "quick", "kwˈɪk");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a | cats      | kˈæts
            a | dogs      | dˈɔɡz
            a | boxes     | bˈɑksᵻz
            a | judges    | ʤˈʌʤᵻz
            a | babies    | bˈAbiz
            a | dog's     | dˈɔɡz
            a | CPUs      | sˌipˌijˈuz
            a | jumped    | ʤˈʌmpt
            a | played    | plˈAd
            a | wanted    | wˈɑntᵻd
            a | needed    | nˈidᵻd
            a | chatted   | ʧˈæɾᵻd
            a | hoped     | hˈOpt
            a | zipped    | zˈɪpt
            a | babied    | bˈAbid
            a | chatting  | ʧˈæɾɪŋ
            a | hoping    | hˈOpɪŋ
            a | zipping   | zˈɪpɪŋ
            a | googling  | ɡˈuɡlɪŋ
            a | seeing    | sˈiɪŋ
            a | quickly   | kwˈɪkli
            a | happily   | hˈæpəli
            a | quicker   | kwˈɪkəɹ
            a | quickest  | kwˈɪkᵻst
            a | bigger    | bˈɪɡəɹ
            a | happier   | hˈæpiəɹ
            a | fearing   | fˈɪɹɪŋ
            b | fearing   | fˈɪəɹɪŋ
            b | wanted    | wˈɒntɪd
            b | boxes     | bˈɒksɪz
            b | needed    | nˈiːdɪd
            b | quicker   | kwˈɪkə
            b | quickest  | kwˈɪkɪst
            """)
    void endingsFollowTheStem(char dialect, String word, String expected) {
        boolean british = dialect == 'b';
        Map<String, String> stems = british ? GB : US;
        UnaryOperator<String> lookup = stems::get;
        assertThat(new Inflection(british).pronounce(word, lookup)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"glass", "bed", "sing", "ly", "blorps", "unknowned"})
    void noEndingFitsWithoutAKnownStem(String word) {
        assertThat(new Inflection(false).pronounce(word, US::get)).isNull();
    }
}
