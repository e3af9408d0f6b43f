package dev.kokoro.g2p.zh;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinyin of a Chinese word with tones, read as a phrase where the dictionary has it, so that polyphones
 * follow the word (银行 yin2 hang2, 行走 xing2 zou3) and unstressed syllables get the neutral tone (桌子 zhuo1
 * zi5). Backed by houbb/pinyin, whose phrase table agrees with pypinyin's (misaki's pinyin source) on all but
 * about 1% of common words; for those, {@code g2p/zh/pinyin-overrides.tsv} gives pypinyin's reading.
 *
 * <p>Thread-safe: the override table is read in the constructor and the library's dictionaries on first
 * use (also in the constructor); both are only read afterwards.
 */
final class PinyinReader {
    private static final String OVERRIDES = "/g2p/zh/pinyin-overrides.tsv";
    /** A syllable as the library and the override table write it: {@code hang2}, {@code nü3}, {@code de5}. */
    private static final Pattern SYLLABLE = Pattern.compile("([a-zêü]+)([1-5])");

    private final Map<String, List<Syllable>> overrides;

    /** Reads the override table and loads the library's dictionaries now rather than on the first request. */
    PinyinReader() {
        this.overrides = readOverrides();
        read("中文");
    }

    /**
     * The syllables of a word of Chinese characters, one per character the dictionary knows; characters it
     * does not know have no syllable.
     */
    List<Syllable> read(String word) {
        List<Syllable> override = overrides.get(word);
        return override != null ? override : parse(PinyinHelper.toPinyin(word, PinyinStyleEnum.NUM_LAST));
    }

    /** Syllables written with tone numbers and separated by spaces; anything else in between is skipped. */
    private static List<Syllable> parse(String pinyin) {
        List<Syllable> syllables = new ArrayList<>();
        for (String written : pinyin.split(" ")) {
            Matcher m = SYLLABLE.matcher(written);
            if (m.matches()) {
                syllables.add(new Syllable(m.group(1), Integer.parseInt(m.group(2))));
            }
        }
        return List.copyOf(syllables);
    }

    private static Map<String, List<Syllable>> readOverrides() {
        try (InputStream in = PinyinReader.class.getResourceAsStream(OVERRIDES)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + OVERRIDES + " is missing from the build");
            }
            Map<String, List<Syllable>> table = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] fields = line.split("\t");
                        List<Syllable> syllables = fields.length == 2 ? parse(fields[1]) : List.of();
                        if (syllables.size() != fields[0].length()) {
                            throw new IllegalStateException(OVERRIDES + ": malformed line '" + line + "'");
                        }
                        table.put(fields[0], syllables);
                    });
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + OVERRIDES, e);
        }
    }
}
