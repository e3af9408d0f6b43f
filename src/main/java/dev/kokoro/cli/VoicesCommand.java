package dev.kokoro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kokoro.Kokoro;
import dev.kokoro.text.Language;
import dev.kokoro.voice.VoiceInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kokoro voices}: the installed and saved voices, as a table or as JSON. */
@Command(name = "voices", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the voices: id, name, language, gender and published grade.")
final class VoicesCommand implements Callable<Integer> {
    private static final String[] HEADINGS = {"ID", "NAME", "LANGUAGE", "GENDER", "GRADE"};

    @Spec
    CommandSpec spec;

    @Option(names = {"-l", "--lang"}, paramLabel = "CODE",
            description = "Only voices of this language: a, b, e, f, h, i, j, p, z or en-us, en-gb, ...")
    String lang;

    @Option(names = "--json", description = "A JSON list instead of a table.")
    boolean json;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws Exception {
        Language only = lang == null ? null : Language.ofCode(lang, "lang");
        List<VoiceInfo> voices;
        try (Kokoro kokoro = model.load()) {
            voices = kokoro.voices().stream().filter(v -> only == null || v.language() == only).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(voices.stream().map(VoicesCommand::asJson).toList()));
        } else {
            printTable(out, voices.stream().map(VoicesCommand::row).toList());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String[] row(VoiceInfo voice) {
        return new String[] {voice.id(), voice.name(), voice.language().tag(), voice.gender().tag(),
                voice.grade() == null ? "-" : voice.grade()};
    }

    private static Map<String, Object> asJson(VoiceInfo voice) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", voice.id());
        fields.put("name", voice.name());
        fields.put("language", voice.language().tag());
        fields.put("lang_code", String.valueOf(voice.language().code()));
        fields.put("gender", voice.gender().tag());
        fields.put("grade", voice.grade());
        return fields;
    }

    /** Columns as wide as their widest cell, two spaces apart. */
    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[HEADINGS.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADINGS[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        printRow(out, HEADINGS, widths);
        rows.forEach(row -> printRow(out, row, widths));
    }

    private static void printRow(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            line.append(c == cells.length - 1 ? cells[c] : String.format(Locale.ROOT, "%-" + widths[c] + "s  ",
                    cells[c]));
        }
        out.println(line);
    }
}
