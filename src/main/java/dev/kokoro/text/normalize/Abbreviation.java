package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.List;

/**
 * An abbreviation a reader expands: "Dr." → "Doctor". Immutable.
 *
 * @param written       as written, case-sensitive
 * @param spoken        what is said
 * @param context       where it is taken as this abbreviation
 * @param mayEndSentence whether its full stop can also end the sentence ("… and so on, etc.")
 */
record Abbreviation(String written, String spoken, Context context, boolean mayEndSentence) {

    enum Context {
        /** Anywhere. */
        ANYWHERE,
        /** Only before a capitalized word: "Dr. Who", "St. Louis". */
        BEFORE_NAME,
        /** Only before a number: "No. 5", "p. 12", "~5". */
        BEFORE_NUMBER
    }

    static Abbreviation any(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.ANYWHERE, false);
    }

    static Abbreviation name(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.BEFORE_NAME, false);
    }

    static Abbreviation number(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.BEFORE_NUMBER, false);
    }

    static Abbreviation last(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.ANYWHERE, true);
    }

    /** The abbreviations of a language, more specific entries first. */
    static List<Abbreviation> of(Language language) {
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> List.of(
                    any("Mr.", "Mister"), any("Mrs.", "Missus"), any("Ms.", "Miz"), name("Dr.", "Doctor"),
                    name("Prof.", "Professor"), name("St.", "Saint"), last("St.", "Street"), last("Jr.", "Junior"),
                    last("Sr.", "Senior"), name("Mt.", "Mount"), last("Ave.", "Avenue"), last("Blvd.", "Boulevard"),
                    last("Rd.", "Road"), name("Capt.", "Captain"), name("Lt.", "Lieutenant"), name("Sgt.", "Sergeant"),
                    name("Gov.", "Governor"), name("Sen.", "Senator"), name("Rev.", "Reverend"), name("Gen.", "General"),
                    name("Col.", "Colonel"), any("e.g.", "for example"), any("i.e.", "that is"),
                    last("etc.", "et cetera"), any("vs.", "versus"), any("vs", "versus"), any("approx.", "approximately"),
                    number("No.", "number"), number("no.", "number"), number("Nos.", "numbers"), number("#", "number"),
                    number("~", "about"), number("Fig.", "Figure"), number("fig.", "figure"), number("Vol.", "Volume"),
                    number("vol.", "volume"), number("Ch.", "Chapter"), number("p.", "page"), number("pp.", "pages"),
                    any("cf.", "compare"), any("incl.", "including"), any("a.k.a.", "also known as"),
                    any("w/o", "without"), any("w/", "with"), last("Inc.", "Incorporated"), last("Ltd.", "Limited"),
                    last("Corp.", "Corporation"), any("Dept.", "Department"), any("est.", "estimated"),
                    any("WWII", "World War Two"), any("WWI", "World War One"), any("WW2", "World War Two"),
                    any("WW1", "World War One"));
            case SPANISH -> List.of(
                    any("Sr.", "señor"), any("Sra.", "señora"), any("Srta.", "señorita"), any("Dr.", "doctor"),
                    any("Dra.", "doctora"), any("Prof.", "profesor"), any("Ud.", "usted"), any("Uds.", "ustedes"),
                    last("etc.", "etcétera"), any("p. ej.", "por ejemplo"), any("aprox.", "aproximadamente"),
                    number("núm.", "número"), number("n.º", "número"), number("nº", "número"), number("#", "número"),
                    number("~", "aproximadamente"), number("pág.", "página"), any("EE. UU.", "Estados Unidos"),
                    any("EE.UU.", "Estados Unidos"), any("Av.", "avenida"), any("vs.", "contra"));
            case FRENCH -> List.of(
                    name("M.", "monsieur"), name("MM.", "messieurs"), any("Mme", "madame"), any("Mlle", "mademoiselle"),
                    name("Dr", "docteur"), name("Pr", "professeur"), last("etc.", "et cetera"),
                    any("p. ex.", "par exemple"), any("env.", "environ"), number("n°", "numéro"),
                    number("#", "numéro"), number("~", "environ"), any("av.", "avenue"), any("bd", "boulevard"),
                    any("vs.", "contre"));
            case ITALIAN -> List.of(
                    any("Sig.ra", "signora"), any("Sig.na", "signorina"), any("Sig.", "signor"),
                    any("Dott.ssa", "dottoressa"), any("Dott.", "dottor"), any("Prof.ssa", "professoressa"),
                    any("Prof.", "professor"), any("Avv.", "avvocato"), any("Ing.", "ingegner"),
                    last("ecc.", "eccetera"), any("ad es.", "ad esempio"), any("p.es.", "per esempio"),
                    number("n.", "numero"), number("#", "numero"), number("~", "circa"), number("pag.", "pagina"),
                    any("ca.", "circa"), any("vs.", "contro"));
            case BRAZILIAN_PORTUGUESE -> List.of(
                    any("Sr.", "senhor"), any("Sra.", "senhora"), any("Srta.", "senhorita"), any("Dr.", "doutor"),
                    any("Dra.", "doutora"), any("Profa.", "professora"), any("Prof.", "professor"),
                    last("etc.", "etcétera"), any("p. ex.", "por exemplo"), any("aprox.", "aproximadamente"),
                    number("n.º", "número"), number("nº", "número"), number("#", "número"),
                    number("~", "aproximadamente"), number("pág.", "página"), any("Av.", "avenida"),
                    any("vs.", "contra"));
            case HINDI -> List.of(any("डॉ.", "डॉक्टर"), number("नं.", "नंबर"), number("#", "नंबर"));
            case JAPANESE, MANDARIN_CHINESE -> List.of();
        };
    }
}
