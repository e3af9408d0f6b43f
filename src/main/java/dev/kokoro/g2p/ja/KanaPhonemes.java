package dev.kokoro.g2p.ja;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Kana to Kokoro phonemes, after the Hepburn-to-IPA table of misaki's first-generation Japanese G2P (the one
 * Kokoro v1.0 was trained with): one entry per kana and per kana with a small kana ({@code きゃ → kʲa}), with
 * misaki's context rules: っ is a glottal stop {@code ʔ}, ー lengthens the vowel before it ({@code ː}), ん
 * takes the place of the next sound ({@code m} before m/p/b, {@code ŋ} before k/g, {@code ɲ} before ɲ/ʨ/ʥ,
 * {@code n} before n/t/d/ɾ/z, else the uvular {@code ɴ}), and a small kana the table has no pair for replaces
 * the vowel of the kana before it.
 *
 * <p>Readings come in hiragana; katakana are folded onto hiragana first, except ヷヸヹヺ, which have no
 * hiragana and are listed as they are.
 *
 * <p>Immutable and thread-safe.
 */
final class KanaPhonemes {
    /** Single kana, as misaki writes them: u is ɯ, su and zu have ɨ, ts and dz are affricate ligatures. */
    private static final String SINGLE = """
            ぁa あa ぃi いi ぅɯ うɯ ぇe えe ぉo おo
            かka がɡa きkʲi ぎɡʲi くkɯ ぐɡɯ けke げɡe こko ごɡo
            さsa ざʣa しɕi じʥi すsɨ ずzɨ せse ぜʣe そso ぞʣo
            たta だda ちʨi ぢʥi つʦɨ づzɨ てte でde とto どdo
            なna にɲi ぬnɯ ねne のno
            はha ばba ぱpa ひçi びbʲi ぴpʲi ふɸɯ ぶbɯ ぷpɯ へhe べbe ぺpe ほho ぼbo ぽpo
            まma みmʲi むmɯ めme もmo
            ゃja やja ゅjɯ ゆjɯ ょjo よjo
            らɾa りɾʲi るɾɯ れɾe ろɾo
            ゎβa わβa ゐi ゑe をo ゔvɯ ゕka ゖke
            ヷva ヸvʲi ヹve ヺvo
            """;

    /** A kana with the small kana after it, where the pair is not just "drop the vowel". */
    private static final String PAIRS = """
            いぇje うぃβi うぇβe うぉβo
            きぇkʲe きゃkʲa きゅkʲɨ きょkʲo ぎゃɡʲa ぎゅɡʲɨ ぎょɡʲo
            くぁkᵝa くぃkᵝi くぇkᵝe くぉkᵝo ぐぁɡᵝa ぐぃɡᵝi ぐぇɡᵝe ぐぉɡᵝo
            しぇɕe しゃɕa しゅɕɨ しょɕo じぇʥe じゃʥa じゅʥɨ じょʥo
            ちぇʨe ちゃʨa ちゅʨɨ ちょʨo ぢゃʥa ぢゅʥɨ ぢょʥo
            つぁʦa つぃʦʲi つぇʦe つぉʦo
            てぃtʲi てゅtʲɨ でぃdʲi でゅdʲɨ とぅtɯ どぅdɯ
            にぇɲe にゃɲa にゅɲɨ にょɲo
            ひぇçe ひゃça ひゅçɨ ひょço びゃbʲa びゅbʲɨ びょbʲo ぴゃpʲa ぴゅpʲɨ ぴょpʲo
            ふぁɸa ふぃɸʲi ふぇɸe ふぉɸo ふゅɸʲɨ ふょɸʲo
            みゃmʲa みゅmʲɨ みょmʲo りゃɾʲa りゅɾʲɨ りょɾʲo
            ゔぁva ゔぃvʲi ゔぇve ゔぉvo ゔゅbʲɨ ゔょbʲo
            """;

    /** Small kana that combine with the kana before them. */
    private static final Set<Character> SMALL = Set.of('ゃ', 'ゅ', 'ょ', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ');

    private static final Map<String, String> TABLE = new HashMap<>();

    static {
        for (String table : new String[] {SINGLE, PAIRS}) {
            for (String entry : table.split("\\s+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                int keyLength = table == SINGLE ? 1 : 2;
                TABLE.put(entry.substring(0, keyLength), entry.substring(keyLength));
            }
        }
    }

    private KanaPhonemes() {
    }

    /** Every kana and kana pair the table knows, with its phonemes (for tests). */
    static Map<String, String> table() {
        return Map.copyOf(TABLE);
    }

    /** Hiragana for katakana (ァ to ヶ); everything else unchanged. */
    static String toHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - ('ァ' - 'ぁ')) : c);
        }
        return out.toString();
    }

    /** Whether every character is hiragana, katakana or the long-vowel mark. */
    static boolean isKana(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= 'ぁ' && c <= 'ゖ' || c >= 'ァ' && c <= 'ヺ' || c == 'ー');
    }

    /**
     * The phonemes of one word's reading (hiragana or katakana). Characters that are not kana are skipped;
     * ん and っ look only at the kana after them inside the word, as in misaki.
     */
    static String phonemes(String reading) {
        String kana = toHiragana(reading);
        StringBuilder out = new StringBuilder(kana.length() * 2);
        for (int i = 0; i < kana.length(); i++) {
            char previous = i > 0 ? kana.charAt(i - 1) : 0;
            char next = i + 1 < kana.length() ? kana.charAt(i + 1) : 0;
            out.append(one(previous, kana.charAt(i), next));
        }
        return out.toString();
    }

    private static String one(char previous, char kana, char next) {
        String pair = TABLE.get("" + previous + kana);
        if (previous != 0 && pair != null) {
            return pair;
        }
        if (next != 0 && TABLE.containsKey("" + kana + next)) {
            return ""; // the pair is written at the small kana
        }
        if (SMALL.contains(next)) {
            String base = TABLE.get(String.valueOf(kana));
            return kana == 'っ' || base == null ? "" : base.substring(0, base.length() - 1) + TABLE.get(String.valueOf(next));
        }
        if (SMALL.contains(kana)) {
            return "";
        }
        return switch (kana) {
            case 'ー' -> "ː";
            case 'っ' -> "ʔ";
            case 'ん' -> moraicNasal(TABLE.get(String.valueOf(next)));
            case 'ゝ' -> previous == 0 ? "" : TABLE.getOrDefault(String.valueOf(previous), "");
            case 'ゞ' -> TABLE.getOrDefault(String.valueOf(voiced(previous)), "");
            default -> TABLE.getOrDefault(String.valueOf(kana), "");
        };
    }

    /** ん before a kana read {@code next} (null at the end of the word or before a non-kana). */
    private static String moraicNasal(String next) {
        if (next == null) {
            return "ɴ";
        }
        char first = next.charAt(0);
        if ("mpb".indexOf(first) >= 0) {
            return "m";
        }
        if ("kɡ".indexOf(first) >= 0) {
            return "ŋ";
        }
        if ("ɲʨʥ".indexOf(first) >= 0) {
            return "ɲ";
        }
        return "ntdɾz".indexOf(first) >= 0 ? "n" : "ɴ";
    }

    /** The kana with a dakuten (か → が), for the voiced repeat mark ゞ; 0 when it takes none. */
    private static char voiced(char kana) {
        int i = "かきくけこさしすせそたちつてとはひふへほ".indexOf(kana);
        return i < 0 ? 0 : "がぎぐげござじずぜぞだぢづでどばびぶべぼ".charAt(i);
    }
}
