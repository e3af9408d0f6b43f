package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Set;

/** Which all-capital words are said as words and which are spelled letter by letter. */
final class Acronyms {
    /** Said as words, and found in this form in English lexicons. */
    private static final Set<String> WORDS = Set.of("NASA", "NATO", "UNESCO", "UNICEF", "NAFTA", "OPEC", "FIFA",
            "UEFA", "LASER", "RADAR", "SCUBA", "AIDS", "COVID", "SWAT", "POTUS", "SCOTUS", "FEMA", "OSHA", "NASDAQ",
            "IKEA", "LEGO", "PIN", "RAM", "ROM", "SIM", "SARS", "MERS", "JSON", "YAML", "CAPTCHA", "NIMBY", "ONU",
            "OTAN", "SIDA", "OVNI", "GIF", "ASCII", "BASIC", "COBOL", "FORTRAN", "DOS", "PAC", "TESOL");
    /** Pronounceable-looking, yet spelled: "CIA" is "C I A", never "see-ah". */
    private static final Set<String> SPELLED = Set.of("CIA", "USA", "EU", "UN", "UK", "AI", "API", "CEO", "CFO", "CTO",
            "ETA", "FAQ", "IOU", "IRA", "IRS", "SUV", "UFO", "USB", "VIP", "ATM", "DNA", "EPA", "FDA", "SEC", "SOS",
            "TBA", "TBD", "AKA", "OMG", "CPU", "GPU", "DIY", "UCLA", "USSR", "AM", "PM", "TV", "PC", "ID", "OK", "BBC",
            "IBM", "ISO", "URL", "SEO", "SAT", "GPA", "MBA", "EOF", "IDE", "GUI", "UI", "UX", "OS", "IO", "IP",
            "AOL", "ABC", "NBA", "FBI", "HBO", "UPS", "BMW", "EA", "ESA", "NEA", "ICU", "EMI", "AMA", "ECB");

    /** Short words written in capitals for emphasis, never acronyms: "I said NO" is "no", not "N O". */
    private static final Set<String> EMPHASIZED_WORDS = Set.of("NO", "YES", "NOT", "NOW", "WHY", "HOW",
            "WOW", "HEY", "YAY", "BUT", "AND", "THE", "YOU", "ALL", "GO", "DO", "SO", "OUT", "OFF", "BIG", "HOT",
            "BAD", "MAD", "SAD", "YET", "ANY", "OUR", "ONE", "TWO", "TOO", "VERY", "EVER", "NEVER", "MUST");

    private Acronyms() {
    }

    /** Whether an all-capital word must be spelled letter by letter. */
    static boolean spelled(String caps) {
        if (SPELLED.contains(caps)) return true;
        if (WORDS.contains(caps)) return false;
        return caps.length() <= 3 || !Pronounceability.canSayAsWord(caps.toLowerCase(Locale.ROOT));
    }

    /** Whether an all-capital word is a short word in capitals for emphasis ("NO", "NOT", "YES"). */
    static boolean emphasized(String caps) {
        return EMPHASIZED_WORDS.contains(caps);
    }

    /** Whether a capitalized word is a known acronym, kept in capitals even in shouted text. */
    static boolean known(String caps) {
        return SPELLED.contains(caps) || WORDS.contains(caps);
    }

    /** Whether an all-capital word is said as a word and the lexicon knows it in capitals ("NASA"). */
    static boolean sayAsIs(String caps) {
        return WORDS.contains(caps);
    }
}
