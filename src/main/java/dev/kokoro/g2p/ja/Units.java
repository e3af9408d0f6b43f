package dev.kokoro.g2p.ja;

import java.util.List;
import java.util.Map;

/**
 * Units of measurement written as symbols after a number (5kg, 30℃, 3.5GB), read in Japanese: the text
 * normalizer spells units out for the other languages but leaves them to this G2P in Japanese, where they
 * would otherwise be read as English letters. ℃ arrives as °C and km² as km2 (NFKC).
 *
 * <p>Immutable and thread-safe.
 */
final class Units {
    /** Readings in katakana, long vowels as ー as UniDic spells them (平方 ヘーホー). */
    private static final Map<String, String> READINGS = Map.ofEntries(
            Map.entry("km", "キロメートル"), Map.entry("m", "メートル"), Map.entry("cm", "センチメートル"),
            Map.entry("mm", "ミリメートル"), Map.entry("km2", "ヘーホーキロメートル"), Map.entry("m2", "ヘーホーメートル"),
            Map.entry("kg", "キログラム"), Map.entry("g", "グラム"), Map.entry("mg", "ミリグラム"), Map.entry("t", "トン"),
            Map.entry("L", "リットル"), Map.entry("l", "リットル"), Map.entry("ml", "ミリリットル"), Map.entry("mL", "ミリリットル"),
            Map.entry("°C", "ド"), Map.entry("°", "ド"),
            Map.entry("kB", "キロバイト"), Map.entry("KB", "キロバイト"), Map.entry("MB", "メガバイト"),
            Map.entry("GB", "ギガバイト"), Map.entry("TB", "テラバイト"),
            Map.entry("Hz", "ヘルツ"), Map.entry("kHz", "キロヘルツ"), Map.entry("MHz", "メガヘルツ"), Map.entry("GHz", "ギガヘルツ"),
            Map.entry("W", "ワット"), Map.entry("kW", "キロワット"), Map.entry("kWh", "キロワットアワー"),
            Map.entry("V", "ボルト"), Map.entry("mAh", "ミリアンペアアワー"), Map.entry("dB", "デシベル"));
    private static final int LONGEST = 3;

    /** A unit read after a number: its reading and the index of the morpheme after it. */
    record Match(String surface, String reading, int end) {
    }

    private Units() {
    }

    /**
     * The longest unit symbol made of whole morphemes from {@code start}, not followed by more Latin letters
     * (5kgs is no unit); null when there is none.
     */
    static Match match(List<Morpheme> morphemes, int start) {
        StringBuilder symbol = new StringBuilder();
        Match match = null;
        for (int i = start; i < morphemes.size() && symbol.length() < LONGEST; i++) {
            symbol.append(morphemes.get(i).surface());
            String reading = READINGS.get(symbol.toString());
            boolean wordGoesOn = i + 1 < morphemes.size() && LatinText.isLatin(morphemes.get(i + 1).surface());
            if (reading != null && !wordGoesOn) {
                match = new Match(symbol.toString(), reading, i + 1);
            }
        }
        return match;
    }
}
