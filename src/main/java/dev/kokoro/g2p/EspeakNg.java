package dev.kokoro.g2p;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text to IPA through the native espeak-ng library ({@code libespeak-ng.so.1}), with no audio.
 *
 * <p>Thread-safety: espeak-ng keeps the selected voice, its dictionary and its translation buffers in
 * process-wide globals, so there is exactly one instance ({@link #shared()}) and every call into the
 * library runs under its single lock. Callers on many threads are safe; they simply take turns.
 *
 * <p>Output keeps espeak's stress marks and joins the letters of a multi-letter phoneme (a diphthong or an
 * affricate such as {@code t^ʃ}) with {@link #TIE}, so the mappings can tell {@code t^ʃ} (ʧ) from
 * {@code t}+{@code ʃ} ({@code "nutshell"}). Words are separated by one space.
 */
public final class EspeakNg {
    /** Joins the letters of one multi-letter phoneme in the IPA this class returns. */
    public static final char TIE = '^';

    private static final Logger log = LoggerFactory.getLogger(EspeakNg.class);
    private static final String LIBRARY = "espeak-ng";
    private static final String LIBRARY_FILE = "libespeak-ng.so.1";

    // speak_lib.h: espeak_AUDIO_OUTPUT, espeak_Initialize options, text and phoneme modes.
    private static final int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    private static final int INITIALIZE_DONT_EXIT = 0x8000;
    private static final int CHARS_UTF8 = 1;
    private static final int PHONEMES_IPA = 0x02;
    private static final int PHONEMES_TIE = 0x80;
    private static final int PHONEME_MODE = PHONEMES_IPA | PHONEMES_TIE | (TIE << 8);
    private static final int EE_OK = 0;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The subset of speak_lib.h this class calls. */
    interface EspeakLibrary extends Library {
        int espeak_Initialize(int output, int bufLengthMs, String path, int options);

        int espeak_SetVoiceByName(String name);

        int espeak_SetVoiceByProperties(VoiceSpec spec);

        Pointer espeak_TextToPhonemes(PointerByReference textPtr, int textMode, int phonemeMode);
    }

    /** speak_lib.h's espeak_VOICE, used only to ask for a voice by language. Public because JNA requires it. */
    @Structure.FieldOrder({"name", "languages", "identifier", "gender", "age", "variant", "xx1", "score", "spare"})
    public static final class VoiceSpec extends Structure {
        public String name;
        public String languages;
        public String identifier;
        public byte gender;
        public byte age;
        public byte variant;
        public byte xx1;
        public int score;
        public Pointer spare;

        VoiceSpec(String language) {
            this.languages = language;
        }
    }

    private static volatile EspeakNg shared;

    private final EspeakLibrary lib;
    private final ReentrantLock lock = new ReentrantLock();
    /** The voice espeak-ng has loaded; guarded by {@link #lock}. Switching voices reloads a dictionary. */
    private String currentVoice;

    private EspeakNg(EspeakLibrary lib) {
        this.lib = lib;
    }

    /**
     * The process-wide instance, loading and initialising the library on first use.
     *
     * @throws EspeakNgUnavailableException when libespeak-ng.so.1 or its data cannot be loaded
     */
    public static EspeakNg shared() {
        EspeakNg instance = shared;
        if (instance == null) {
            synchronized (EspeakNg.class) {
                instance = shared;
                if (instance == null) {
                    instance = new EspeakNg(loadAndInitialise());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    private static EspeakLibrary loadAndInitialise() {
        EspeakLibrary lib;
        try {
            lib = Native.load(LIBRARY, EspeakLibrary.class);
        } catch (UnsatisfiedLinkError first) {
            try {
                lib = Native.load(LIBRARY_FILE, EspeakLibrary.class);
            } catch (UnsatisfiedLinkError e) {
                e.addSuppressed(first);
                throw new EspeakNgUnavailableException("espeak-ng is not installed: cannot load "
                        + LIBRARY_FILE + " (on Debian/Ubuntu: apt-get install libespeak-ng1 espeak-ng-data)", e);
            }
        }
        // A null path means espeak-ng's compiled-in data directory (Debian: /usr/lib/x86_64-linux-gnu/espeak-ng-data).
        int sampleRate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, null, INITIALIZE_DONT_EXIT);
        if (sampleRate <= 0) {
            throw new EspeakNgUnavailableException("espeak-ng failed to initialise (error " + sampleRate
                    + "); is espeak-ng-data installed?", null);
        }
        log.info("espeak-ng initialised");
        return lib;
    }

    /**
     * The IPA of {@code text} as the espeak-ng voice {@code voice} reads it. espeak-ng drops punctuation
     * and returns one clause at a time; the clauses are joined with a space. Letters of scripts the voice
     * does not read are dropped first ({@link EspeakInput}).
     *
     * @throws EspeakNgUnavailableException when the voice does not exist in the installed data
     */
    public String toIpa(String text, String voice) {
        // A NUL would end the C string early; other control characters mean nothing to espeak-ng either.
        byte[] utf8 = CONTROL.matcher(EspeakInput.safe(text, voice)).replaceAll(" ").getBytes(StandardCharsets.UTF_8);
        if (utf8.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try (Memory input = new Memory(utf8.length + 1L)) {
            input.write(0, utf8, 0, utf8.length);
            input.setByte(utf8.length, (byte) 0);
            PointerByReference cursor = new PointerByReference(input);
            lock.lock();
            try {
                selectVoice(voice);
                // espeak-ng advances the cursor clause by clause and sets it to NULL at the end of the text.
                while (cursor.getValue() != null) {
                    Pointer clause = lib.espeak_TextToPhonemes(cursor, CHARS_UTF8, PHONEME_MODE);
                    if (clause == null) {
                        break;
                    }
                    String ipa = clause.getString(0, StandardCharsets.UTF_8.name()).strip();
                    if (!ipa.isEmpty()) {
                        if (!out.isEmpty()) {
                            out.append(' ');
                        }
                        out.append(ipa);
                    }
                }
            } finally {
                lock.unlock();
            }
        }
        return out.toString();
    }

    /**
     * Selects a voice by file name ({@code en-US}, {@code pt-BR}, {@code en-GB-x-rp}, any case) or, failing
     * that, the best voice for a language code ({@code fr-fr} is the language of the voice file {@code fr}).
     */
    private void selectVoice(String voice) {
        if (voice.equals(currentVoice)) {
            return;
        }
        int status = lib.espeak_SetVoiceByName(voice);
        if (status != EE_OK) {
            status = lib.espeak_SetVoiceByProperties(new VoiceSpec(voice));
        }
        if (status != EE_OK) {
            currentVoice = null;
            throw new EspeakNgUnavailableException("espeak-ng has no voice '" + voice + "' (error " + status + ")", null);
        }
        currentVoice = voice;
    }
}
