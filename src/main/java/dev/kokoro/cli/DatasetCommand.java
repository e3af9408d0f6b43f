package dev.kokoro.cli;

import dev.kokoro.GeneratedSpeech;
import dev.kokoro.Kokoro;
import dev.kokoro.SpeechOptions;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kokoro dataset}: a speech dataset from a text corpus, one 24 kHz WAV per line or sentence with
 * {@code labels.json} and LJSpeech's {@code metadata.csv}. Resumable: a file already there is done (each is
 * written whole or not at all), so a second run makes only what is missing; the label files are rewritten
 * from every entry at the end.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make a speech dataset from a text corpus: one 24 kHz WAV per line (or sentence) in DIR/wavs, "
                + "plus DIR/labels.json and an LJSpeech DIR/metadata.csv. Run it again to finish an interrupted run.")
final class DatasetCommand implements Callable<Integer> {
    private static final String WAVS = "wavs";
    private static final String NOTHING_TO_SPEAK = "nothing_to_speak";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "UTF-8 text, one utterance per line (blank lines are skipped); "
            + "- reads standard input.")
    String corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dataset",
            description = "The dataset folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-v", "--voice"}, paramLabel = "VOICE", split = ",", defaultValue = "af_heart",
            description = "The voice, or several: af_heart,am_adam (default: ${DEFAULT-VALUE}).")
    List<String> voices;

    @Option(names = "--voices-mode", paramLabel = "MODE", defaultValue = "round-robin",
            converter = VoicesModeConverter.class,
            description = "With several voices: round-robin (utterance i in voice i mod n) or all (every utterance "
                    + "in every voice) (default: ${DEFAULT-VALUE}).")
    VoicesMode voicesMode;

    @Option(names = "--split", paramLabel = "UNIT", defaultValue = "lines", converter = SplitConverter.class,
            description = "One file per line, or per sentence: lines or sentences (default: ${DEFAULT-VALUE}).")
    Corpus.Split split;

    @Option(names = {"-s", "--speed"}, paramLabel = "RATE", defaultValue = "1.0",
            description = "Speaking rate, 0.25 to 4 (default: ${DEFAULT-VALUE}).")
    float speed;

    @Option(names = {"-l", "--lang"}, paramLabel = "CODE",
            description = "Read the words in this language (default: each voice's).")
    String lang;

    @Mixin
    ModelOptions model;

    /** How utterances meet voices. */
    enum VoicesMode {
        ROUND_ROBIN, ALL
    }

    /** One file to make. */
    private record Item(Corpus.Utterance utterance, String voice, String id) {
        String audioFile() {
            return WAVS + "/" + id + ".wav";
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        String text = InputText.read(corpus);
        SpeechOptions options = SpeechOptions.DEFAULTS.withSpeed(speed).withLanguage(lang);
        PrintWriter err = spec.commandLine().getErr();
        try (Kokoro kokoro = model.load()) {
            voices.forEach(kokoro::language); // an unknown voice stops the run before any file, not half-way
            Language splitLanguage = lang != null ? Language.ofCode(lang, "lang") : kokoro.language(voices.getFirst());
            List<Item> items = items(Corpus.utterances(text, split, splitLanguage));
            if (items.isEmpty()) {
                throw new InvalidInputException(corpus + " has no text.", "corpus", "empty_input");
            }
            Map<String, DatasetLabels.Said> previous = DatasetLabels.previous(output);
            long start = System.nanoTime();
            List<DatasetLabels.Entry> entries = new ArrayList<>();
            int made = 0;
            int found = 0;
            int lastWarned = 0;
            double madeSeconds = 0;
            try (ProgressBar bar = ProgressBar.onTerminal(err, true)) {
                bar.show(0, "0/" + items.size() + " files");
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    Path wav = output.resolve(item.audioFile());
                    OptionalDouble seconds = finishedSeconds(wav, item, previous);
                    if (seconds.isPresent()) {
                        found++;
                    } else {
                        seconds = speak(kokoro, item, wav, options);
                        if (seconds.isEmpty()) {
                            if (item.utterance().line() != lastWarned) { // once, not once per voice
                                bar.note("kokoro: line " + item.utterance().line() + " has nothing to speak; skipped");
                                lastWarned = item.utterance().line();
                            }
                            continue;
                        }
                        made++;
                        madeSeconds += seconds.getAsDouble();
                    }
                    entries.add(entry(kokoro, item, seconds.getAsDouble()));
                    bar.show((i + 1.0) / items.size(), (i + 1) + "/" + items.size() + " files");
                }
            }
            DatasetLabels.write(output, entries);
            err.println(String.format(Locale.ROOT, "%d files (%d made, %d already there): ", entries.size(), made,
                    found) + Summary.line(madeSeconds, Summary.secondsSince(start), output.toString()));
        }
        return ExitCodes.OK;
    }

    /** Speaks an item into its file: its seconds, or empty when it has nothing to speak (a line of symbols). */
    private OptionalDouble speak(Kokoro kokoro, Item item, Path wav, SpeechOptions options)
            throws IOException, InterruptedException {
        GeneratedSpeech speech;
        try {
            speech = kokoro.generate(item.utterance().text(), item.voice(), options);
        } catch (InvalidInputException e) {
            if (!NOTHING_TO_SPEAK.equals(e.code())) {
                throw e;
            }
            return OptionalDouble.empty();
        }
        byte[] file = speech.encode(AudioFormat.WAV);
        AtomicFile.write(wav, out -> out.write(file));
        return OptionalDouble.of(speech.seconds());
    }

    /** The labels of an item's file, its text normalized in the language it was read in. */
    private DatasetLabels.Entry entry(Kokoro kokoro, Item item, double seconds) {
        String language = lang != null ? lang : kokoro.language(item.voice()).tag();
        return new DatasetLabels.Entry(item.id(), item.audioFile(), item.utterance().text(),
                kokoro.normalize(item.utterance().text(), language), seconds, item.voice());
    }

    /**
     * Every file to make, in input order: one per utterance (round-robin) or one per utterance and voice (all).
     * Names are the utterance's number, zero-padded, with the voice after it when there are several.
     */
    private List<Item> items(List<Corpus.Utterance> utterances) {
        int width = Math.max(4, String.valueOf(utterances.size()).length());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            List<String> spoken = voicesMode == VoicesMode.ALL ? voices : List.of(voices.get(i % voices.size()));
            for (String voice : spoken) {
                String number = String.format(Locale.ROOT, "%0" + width + "d", i + 1);
                items.add(new Item(utterances.get(i), voice,
                        voices.size() == 1 ? number : number + "_" + fileSafe(voice)));
            }
        }
        return items;
    }

    /** A blend such as {@code af_bella(2)+af_sky} as a file name part: {@code af_bella-2-af_sky}. */
    private static String fileSafe(String voice) {
        return voice.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The seconds of a WAV an earlier run finished, or empty when there is none. Files are written whole or not
     * at all, so one that reads is complete. One that says something else than this item by the last labels
     * (the corpus or the options changed since) is deleted, to be made again.
     */
    private static OptionalDouble finishedSeconds(Path wav, Item item, Map<String, DatasetLabels.Said> previous)
            throws IOException {
        DatasetLabels.Said said = previous.get(item.audioFile());
        if (said != null && !said.equals(new DatasetLabels.Said(item.utterance().text(), item.voice()))) {
            Files.deleteIfExists(wav);
        }
        if (!Files.isRegularFile(wav)) {
            return OptionalDouble.empty();
        }
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
            if (format.getType() != AudioFileFormat.Type.WAVE
                    || format.getFormat().getSampleRate() != Kokoro.SAMPLE_RATE
                    || format.getFrameLength() <= 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of((double) format.getFrameLength() / Kokoro.SAMPLE_RATE);
        } catch (UnsupportedAudioFileException e) {
            return OptionalDouble.empty();
        }
    }

    static final class VoicesModeConverter implements ITypeConverter<VoicesMode> {
        @Override
        public VoicesMode convert(String value) {
            return VoicesMode.valueOf(constantName(value));
        }
    }

    static final class SplitConverter implements ITypeConverter<Corpus.Split> {
        @Override
        public Corpus.Split convert(String value) {
            return Corpus.Split.valueOf(constantName(value));
        }
    }

    /** {@code round-robin} → {@code ROUND_ROBIN}; picocli reports a value that names no constant as a usage error. */
    private static String constantName(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
