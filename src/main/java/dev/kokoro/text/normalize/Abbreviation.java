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
        BEFORE_NUMBER,
        /** Only after a house number and a street name: "221 Baker Dr." (Drive, not Doctor). */
        AFTER_STREET_NAME
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

    static Abbreviation street(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.AFTER_STREET_NAME, true);
    }

    static Abbreviation last(String written, String spoken) {
        return new Abbreviation(written, spoken, Context.ANYWHERE, true);
    }

    /**
     * The abbreviations of a language, more specific entries first. A lower-case entry of three
     * letters or more also matches capitalized at the start of a sentence ("Approx. 40" →
     * "Approximately forty") unless the table lists the capitalized form itself.
     */
    static List<Abbreviation> of(Language language) {
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> List.of(
                    any("Mr.", "Mister"), any("Mrs.", "Missus"), any("Ms.", "Miz"), any("Messrs.", "Messieurs"),
                    street("Dr.", "Drive"), name("Dr.", "Doctor"), name("Prof.", "Professor"), name("St.", "Saint"),
                    last("St.", "Street"), last("Jr.", "Junior"), last("Sr.", "Senior"), name("Mt.", "Mount"),
                    last("Ave.", "Avenue"), last("Blvd.", "Boulevard"), last("Rd.", "Road"), last("Ln.", "Lane"),
                    last("Hwy.", "Highway"), last("Ct.", "Court"), last("Pkwy.", "Parkway"), last("Sq.", "Square"),
                    number("Apt.", "Apartment"), number("apt.", "apartment"), number("Ste.", "Suite"),
                    name("Capt.", "Captain"), name("Lt.", "Lieutenant"), name("Sgt.", "Sergeant"),
                    name("Cpl.", "Corporal"), name("Maj.", "Major"), name("Adm.", "Admiral"),
                    name("Cmdr.", "Commander"), name("Gov.", "Governor"), name("Sen.", "Senator"),
                    name("Rep.", "Representative"), name("Pres.", "President"), name("Rev.", "Reverend"),
                    name("Fr.", "Father"), name("Hon.", "Honorable"), name("Gen.", "General"), name("Col.", "Colonel"),
                    any("Ph.D.", "P H D"), any("e.g.", "for example"), any("E.g.", "For example"),
                    any("i.e.", "that is"), any("I.e.", "That is"),
                    last("etc.", "et cetera"), any("vs.", "versus"), any("vs", "versus"), any("approx.", "approximately"),
                    number("Est.", "Established"), any("est.", "estimated"), any("Dept.", "Department"),
                    any("dept.", "department"), any("govt.", "government"), any("Univ.", "University"),
                    any("Intl.", "International"), number("min.", "minimum"), number("max.", "maximum"),
                    number("No.", "number"), number("no.", "number"), number("Nos.", "numbers"), number("#", "number"),
                    number("~", "about"), number("ca.", "circa"), number("c.", "circa"), number("Fig.", "Figure"),
                    number("fig.", "figure"), number("Vol.", "Volume"), number("vol.", "volume"),
                    number("Ch.", "Chapter"), number("ch.", "chapter"), number("Sec.", "Section"),
                    number("p.", "page"), number("pp.", "pages"),
                    any("cf.", "compare"), any("incl.", "including"), any("a.k.a.", "also known as"),
                    any("w/o", "without"), any("w/", "with"), last("Inc.", "Incorporated"), last("Ltd.", "Limited"),
                    last("Corp.", "Corporation"), last("Co.", "Company"), last("Bros.", "Brothers"),
                    any("Jan.", "January"), any("Feb.", "February"), any("Mar.", "March"),
                    any("Apr.", "April"), any("Jun.", "June"), any("Jul.", "July"), any("Aug.", "August"),
                    any("Sept.", "September"), any("Sep.", "September"), any("Oct.", "October"),
                    any("Nov.", "November"), any("Dec.", "December"), any("C++", "C plus plus"), any("C#", "C sharp"),
                    any("F#", "F sharp"), any("WWII", "World War Two"), any("WWI", "World War One"),
                    any("WW2", "World War Two"), any("WW1", "World War One"));
            case SPANISH -> List.of(
                    any("Sr.", "señor"), any("Sra.", "señora"), any("Srta.", "señorita"), any("Sres.", "señores"),
                    any("Dr.", "doctor"), any("Dra.", "doctora"), any("Prof.", "profesor"), any("Profa.", "profesora"),
                    name("Lic.", "licenciado"), name("Ing.", "ingeniero"), name("Dña.", "doña"),
                    name("Sto.", "santo"), name("Sta.", "santa"), any("Ud.", "usted"), any("Uds.", "ustedes"),
                    last("etc.", "etcétera"), any("p. ej.", "por ejemplo"), any("aprox.", "aproximadamente"),
                    number("núm.", "número"), number("n.º", "número"), number("nº", "número"), number("#", "número"),
                    number("~", "aproximadamente"), number("pág.", "página"), number("págs.", "páginas"),
                    number("cap.", "capítulo"), number("vol.", "volumen"), number("máx.", "máximo"),
                    number("mín.", "mínimo"), any("tel.", "teléfono"), any("EE. UU.", "Estados Unidos"),
                    any("EE.UU.", "Estados Unidos"), any("Avda.", "avenida"), any("Av.", "avenida"),
                    last("a. C.", "antes de Cristo"), last("d. C.", "después de Cristo"), last("S.A.", "sociedad anónima"),
                    last("Cía.", "compañía"), any("vs.", "contra"));
            case FRENCH -> List.of(
                    name("M.", "monsieur"), name("MM.", "messieurs"), any("Mmes", "mesdames"), any("Mme", "madame"),
                    any("Mlles", "mesdemoiselles"), any("Mlle", "mademoiselle"), name("Dr", "docteur"),
                    name("Pr", "professeur"), name("Me", "maître"), name("Ste", "sainte"), name("St", "saint"),
                    last("etc.", "et cetera"), any("p. ex.", "par exemple"), any("c.-à-d.", "c'est-à-dire"),
                    any("env.", "environ"), number("n°", "numéro"), number("#", "numéro"), number("~", "environ"),
                    number("p.", "page"), number("chap.", "chapitre"), number("vol.", "volume"), any("tél.", "téléphone"),
                    last("av. J.-C.", "avant Jésus-Christ"), last("apr. J.-C.", "après Jésus-Christ"),
                    any("av.", "avenue"), any("bd", "boulevard"), last("Cie", "compagnie"), any("vs.", "contre"));
            case ITALIAN -> List.of(
                    any("Sig.ra", "signora"), any("Sig.na", "signorina"), any("Sigg.", "signori"), any("Sig.", "signor"),
                    any("Dott.ssa", "dottoressa"), any("Dott.", "dottor"), any("Prof.ssa", "professoressa"),
                    any("Prof.", "professor"), any("Avv.", "avvocato"), any("Ing.", "ingegner"), any("Arch.", "architetto"),
                    name("Egr.", "egregio"), name("Gent.", "gentile"), name("Spett.", "spettabile"),
                    any("V.le", "viale"), any("P.zza", "piazza"), any("C.so", "corso"),
                    last("ecc.", "eccetera"), any("ad es.", "ad esempio"), any("p.es.", "per esempio"),
                    number("n.", "numero"), number("#", "numero"), number("~", "circa"), number("pag.", "pagina"),
                    number("pagg.", "pagine"), number("cap.", "capitolo"), number("vol.", "volume"),
                    any("tel.", "telefono"), last("a.C.", "avanti Cristo"), last("d.C.", "dopo Cristo"),
                    last("S.p.A.", "società per azioni"), any("ca.", "circa"), any("vs.", "contro"));
            case BRAZILIAN_PORTUGUESE -> List.of(
                    any("Sr.", "senhor"), any("Sra.", "senhora"), any("Srta.", "senhorita"), any("Srs.", "senhores"),
                    any("Dr.", "doutor"), any("Dra.", "doutora"), any("Profa.", "professora"), any("Prof.", "professor"),
                    any("Exmo.", "excelentíssimo"), any("Exma.", "excelentíssima"), any("V. Exa.", "Vossa Excelência"),
                    last("etc.", "etcétera"), any("p. ex.", "por exemplo"),
                    any("aprox.", "aproximadamente"), number("n.º", "número"), number("nº", "número"),
                    number("#", "número"), number("~", "aproximadamente"), number("pág.", "página"),
                    number("págs.", "páginas"), number("cap.", "capítulo"), number("vol.", "volume"),
                    number("máx.", "máximo"), number("mín.", "mínimo"), any("tel.", "telefone"), any("Av.", "avenida"),
                    last("a.C.", "antes de Cristo"), last("d.C.", "depois de Cristo"),
                    last("Ltda.", "limitada"), last("S.A.", "sociedade anônima"), any("vs.", "contra"));
            case HINDI -> List.of(any("डॉ.", "डॉक्टर"), any("प्रो.", "प्रोफ़ेसर"), any("ई.पू.", "ईसा पूर्व"),
                    any("कि.मी.", "किलोमीटर"), number("रु.", "रुपये"), number("नं.", "नंबर"), number("#", "नंबर"));
            case JAPANESE, MANDARIN_CHINESE -> List.of();
        };
    }
}
