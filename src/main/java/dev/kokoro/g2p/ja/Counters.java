package dev.kokoro.g2p.ja;

import java.util.HashMap;
import java.util.Map;

/**
 * Japanese counters and the sound changes between a number and its counter: 一本 いっぽん, 三本 さんぼん,
 * 六本 ろっぽん, 十分 じゅっぷん, 三分 さんぷん, 一回 いっかい, 三階 さんがい, 八歳 はっさい, 一頭 いっとう,
 * 四時 よじ, 九月 くがつ, 四年 よねん, and the native readings 一つ ひとつ, 二人 ふたり, 二日 ふつか, 二十日 はつか.
 *
 * <p>A counter is looked up by how it is written and, where one spelling is two words, by its dictionary
 * reading as well (分 read フン is minutes, read ブン it is "part", as in 三分の一). Readings are spelled
 * with ー for long vowels, as UniDic spells pronunciations (とー, じゅーよっか).
 *
 * <p>Immutable and thread-safe.
 */
final class Counters {
    /** How the number before a counter changes the counter's first sound, and the number's last word. */
    private enum Change {
        /** No change: 枚, 台, 番 ... */
        NONE,
        /** h-counters like 本: いっぽん ろっぽん はっぽん じゅっぽん ひゃっぽん, さんぼん せんぼん なんぼん. */
        H,
        /** 分 (minutes): いっぷん ろっぷん はっぷん じゅっぷん, and p after every ん: さんぷん よんぷん. */
        H_MINUTES,
        /** k-counters like 回 and 個: いっかい ろっかい はっかい じゅっかい ひゃっかい. */
        K,
        /** k-counters voiced after 3 and 何: 階 さんがい なんがい, 軒 さんげん. */
        K_VOICED_AFTER_3,
        /** s-counters like 歳 and 冊: いっさい はっさい じゅっさい. */
        S,
        /** 足: s-counter voiced after 3 and 何: さんぞく. */
        S_VOICED_AFTER_3,
        /** t-counters like 頭 and 通: いっとう はっとう じゅっとう. */
        T,
        /** p-counters like ページ: いっぺーじ ろっぺーじ はっぺーじ じゅっぺーじ. */
        P
    }

    /**
     * @param reading    the counter in hiragana
     * @param change     the sound change it causes
     * @param lastWords  the number's last word said differently before this counter (4 as よ before 時)
     * @param wholeForms whole readings for some numbers (1 人 is ひとり)
     */
    private record Counter(String reading, Change change, Map<Long, String> lastWords, Map<Long, String> wholeForms) {
        Counter(String reading, Change change) {
            this(reading, change, Map.of(), Map.of());
        }
    }

    private static final Map<Long, String> FOUR_AS_YO = Map.of(4L, "よ");
    private static final Map<Long, String> HOURS = Map.of(4L, "よ", 7L, "しち", 9L, "く");
    private static final Map<Long, String> DAY_LAST_WORDS = Map.of(7L, "しち", 9L, "く");
    /** Days of the month, and day counts, with native readings (二日 ふつか) or sound changes (十四日). */
    private static final Map<Long, String> DAYS = Map.ofEntries(
            Map.entry(1L, "いちにち"), Map.entry(2L, "ふつか"), Map.entry(3L, "みっか"), Map.entry(4L, "よっか"),
            Map.entry(5L, "いつか"), Map.entry(6L, "むいか"), Map.entry(7L, "なのか"), Map.entry(8L, "よーか"),
            Map.entry(9L, "ここのか"), Map.entry(10L, "とーか"), Map.entry(14L, "じゅーよっか"),
            Map.entry(20L, "はつか"), Map.entry(24L, "にじゅーよっか"));
    private static final Map<String, Counter> COUNTERS = new HashMap<>();

    static {
        add(new Counter("ほん", Change.H), "本");
        add(new Counter("はい", Change.H), "杯");
        add(new Counter("ひき", Change.H), "匹");
        add(new Counter("はく", Change.H), "泊");
        add(new Counter("はつ", Change.H), "発");
        add(new Counter("へん", Change.H), "遍");
        add(new Counter("ひょー", Change.H), "票");
        add(new Counter("ふん", Change.H_MINUTES), "分/フン");
        add(new Counter("かい", Change.K), "回");
        add(new Counter("こ", Change.K), "個");
        add(new Counter("か", Change.K), "課");
        add(new Counter("かげつ", Change.K), "ヶ月", "か月", "カ月", "ヵ月", "箇月", "ケ月");
        add(new Counter("かしょ", Change.K), "ヶ所", "か所", "カ所", "箇所", "ケ所");
        add(new Counter("きょく", Change.K), "曲");
        add(new Counter("けん", Change.K), "件");
        add(new Counter("かこく", Change.K), "カ国", "ヶ国", "か国", "ケ国");
        add(new Counter("きろ", Change.K), "キロ");
        add(new Counter("かい", Change.K_VOICED_AFTER_3), "階");
        add(new Counter("けん", Change.K_VOICED_AFTER_3), "軒");
        add(new Counter("さい", Change.S, Map.of(), Map.of(20L, "はたち")), "歳", "才");
        add(new Counter("さつ", Change.S), "冊");
        add(new Counter("しゅー", Change.S), "周");
        add(new Counter("しゅーかん", Change.S), "週間");
        add(new Counter("せき", Change.S), "隻", "席");
        add(new Counter("せんち", Change.S), "センチ");
        add(new Counter("そく", Change.S_VOICED_AFTER_3), "足");
        add(new Counter("とー", Change.T), "頭", "等");
        add(new Counter("つー", Change.T), "通");
        add(new Counter("てん", Change.T), "点");
        add(new Counter("ちゃく", Change.T), "着");
        add(new Counter("とん", Change.T), "トン");
        add(new Counter("ぺーじ", Change.P), "ページ");
        add(new Counter("ぱーせんと", Change.P), "パーセント");
        add(new Counter("ぽいんと", Change.P), "ポイント");
        add(new Counter("じ", Change.NONE, HOURS, Map.of()), "時");
        add(new Counter("じかん", Change.NONE, HOURS, Map.of()), "時間");
        add(new Counter("がつ", Change.NONE, Map.of(4L, "し", 7L, "しち", 9L, "く"), Map.of()), "月/ガツ");
        add(new Counter("ねん", Change.NONE, FOUR_AS_YO, Map.of()), "年");
        add(new Counter("えん", Change.NONE, FOUR_AS_YO, Map.of()), "円");
        add(new Counter("にん", Change.NONE, FOUR_AS_YO, Map.of(1L, "ひとり", 2L, "ふたり")), "人");
        add(new Counter("にち", Change.NONE, DAY_LAST_WORDS, DAYS), "日");
        add(new Counter("にちかん", Change.NONE, DAY_LAST_WORDS, spanOf(DAYS)), "日間");
        add(new Counter("つ", Change.NONE, Map.of(), Map.of(1L, "ひとつ", 2L, "ふたつ", 3L, "みっつ", 4L, "よっつ",
                5L, "いつつ", 6L, "むっつ", 7L, "ななつ", 8L, "やっつ", 9L, "ここのつ", 10L, "とー")), "つ");
        add(new Counter("まい", Change.NONE), "枚");
        add(new Counter("だい", Change.NONE), "台");
        add(new Counter("ど", Change.NONE), "度");
        add(new Counter("ばん", Change.NONE), "番");
        add(new Counter("びょー", Change.NONE), "秒");
    }

    private Counters() {
    }

    /** The day counts of {@link #DAYS} as spans: ふつか → ふつかかん (二日間). */
    private static Map<Long, String> spanOf(Map<Long, String> days) {
        Map<Long, String> spans = new HashMap<>();
        days.forEach((count, reading) -> spans.put(count, reading + "かん"));
        return Map.copyOf(spans);
    }

    private static void add(Counter counter, String... keys) {
        for (String key : keys) {
            COUNTERS.put(key, counter);
        }
    }

    /** Whether this word is a counter this class knows. */
    static boolean isCounter(Morpheme word) {
        return find(word) != null;
    }

    /**
     * The number and its counter said together, in hiragana.
     *
     * @param value      the number's value, or -1 for a decimal or 何 (no native reading applies)
     * @param number     how the number is said on its own
     * @param afterMonth whether a month came just before (一日 after 五月 is ついたち, the first, not いちにち)
     * @throws IllegalArgumentException when {@link #isCounter} is false for the word
     */
    static String say(long value, SpokenNumber number, Morpheme counterWord, boolean afterMonth) {
        Counter counter = find(counterWord);
        if (counter == null) {
            throw new IllegalArgumentException(counterWord.surface() + " is not a known counter");
        }
        if (afterMonth && value == 1 && counter.reading().equals("にち")) {
            return "ついたち";
        }
        String whole = counter.wholeForms().get(value);
        if (whole != null) {
            return whole;
        }
        String last = number.isWhat() ? null : counter.lastWords().get(number.lastValue());
        SpokenNumber said = last == null ? number : number.withLast(last);
        String reading = counter.reading();
        boolean afterThree = said.last().equals("さん") || said.isWhat();
        return switch (counter.change()) {
            case NONE -> said.text() + reading;
            case H -> said.geminatesBeforeHKP() ? said.geminated() + semiVoiced(reading)
                    : said.endsInN() && !said.last().equals("よん") ? said.text() + voiced(reading)
                    : said.text() + reading;
            case H_MINUTES -> said.geminatesBeforeHKP() ? said.geminated() + semiVoiced(reading)
                    : said.endsInN() ? said.text() + semiVoiced(reading)
                    : said.text() + reading;
            case K, P -> said.geminatesBeforeHKP() ? said.geminated() + reading : said.text() + reading;
            case K_VOICED_AFTER_3 -> said.geminatesBeforeHKP() ? said.geminated() + reading
                    : afterThree ? said.text() + voiced(reading)
                    : said.text() + reading;
            case S, T -> said.geminatesBeforeST() ? said.geminated() + reading : said.text() + reading;
            case S_VOICED_AFTER_3 -> said.geminatesBeforeST() ? said.geminated() + reading
                    : afterThree ? said.text() + voiced(reading)
                    : said.text() + reading;
        };
    }

    private static Counter find(Morpheme word) {
        Counter counter = COUNTERS.get(word.surface() + "/" + word.lemmaReading());
        return counter != null ? counter : COUNTERS.get(word.surface());
    }

    /** The first kana with a handakuten: は → ぱ. */
    private static String semiVoiced(String reading) {
        return replaceFirst(reading, "はひふへほ", "ぱぴぷぺぽ");
    }

    /** The first kana with a dakuten: は → ば, か → が, そ → ぞ. */
    private static String voiced(String reading) {
        return replaceFirst(reading, "はひふへほかきくけこさしすせそ", "ばびぶべぼがぎぐげござじずぜぞ");
    }

    private static String replaceFirst(String reading, String from, String to) {
        int i = from.indexOf(reading.charAt(0));
        return i < 0 ? reading : to.charAt(i) + reading.substring(1);
    }
}
