package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a Spanish, Portuguese, French or Italian noun is feminine, so that a number before
 * it agrees: "21 casas" → "veintiuna casas", "200 personas" → "doscientas personas", "2 horas" →
 * "duas horas", "1 heure" → "une heure". Spanish, Portuguese and Italian go by the ending (-a,
 * -ción, -dade…) with the common exceptions ("día", "problema"); French has no reliable ending, so
 * only a list of common feminine nouns is used. A wrong guess costs one vowel; no guess keeps the
 * masculine.
 */
final class NounGender {
    /** Masculine nouns ending in -a (with their plurals), Spanish, Portuguese and Italian. */
    private static final Set<String> MASCULINE_IN_A = Set.of("día", "días", "dia", "dias", "mapa", "mapas",
            "problema", "problemas", "tema", "temas", "sistema", "sistemas", "idioma", "idiomas", "programa",
            "programas", "planeta", "planetas", "clima", "climas", "poema", "poemas", "drama", "dramas", "esquema",
            "esquemas", "fantasma", "fantasmas", "diploma", "diplomas", "síntoma", "síntomas", "cinema", "cinemas",
            "sofá", "sofás", "pijama", "pijamas", "programma", "pianeta", "poeta", "poetas", "cometa", "cometas",
            "tranvía", "tranvías", "guía", "guías", "dilema", "dilemas", "telegrama", "telegramas", "gorila", "gorilas");
    /** Feminine nouns with other endings, Spanish and Portuguese. */
    private static final Set<String> FEMININE_IBERIAN = Set.of("vez", "veces", "vezes", "mujer", "mujeres", "mulher",
            "mulheres", "flor", "flores", "noche", "noches", "noite", "noites", "gente", "clase", "clases", "classe",
            "classes", "calle", "calles", "parte", "partes", "mano", "manos", "mão", "mãos", "foto", "fotos", "moto",
            "motos", "llave", "llaves", "chave", "chaves", "nube", "nubes", "frase", "frases", "fuente", "fuentes",
            "fonte", "fontes", "torre", "torres", "imagen", "imágenes", "imagem", "imagens", "tarde", "tardes",
            "muerte", "morte", "suerte", "sorte", "piel", "pele", "sal", "ley", "leyes", "lei", "leis", "red", "redes",
            "rede", "ponte", "pontes", "árvore", "árvores", "cor", "cores", "dor", "dores", "nave", "naves",
            "base", "bases", "fase", "fases", "serie", "series", "série", "séries", "especie", "especies", "espécie",
            "espécies", "radio", "libido", "crisis", "tesis", "análisis");
    /** Common feminine French nouns, singular and plural. */
    private static final Set<String> FEMININE_FRENCH = Set.of("heure", "heures", "fois", "personne", "personnes",
            "semaine", "semaines", "année", "années", "minute", "minutes", "seconde", "secondes", "page", "pages",
            "voiture", "voitures", "femme", "femmes", "fille", "filles", "maison", "maisons", "chose", "choses",
            "journée", "journées", "nuit", "nuits", "ville", "villes", "place", "places", "étoile", "étoiles",
            "pomme", "pommes", "chambre", "chambres", "tonne", "tonnes", "bouteille", "bouteilles", "école", "écoles",
            "langue", "langues", "photo", "photos", "classe", "classes", "question", "questions", "table", "tables",
            "chaise", "chaises", "lettre", "lettres", "rue", "rues", "tasse", "tasses", "part", "parts",
            "partie", "parties", "victoire", "victoires", "équipe", "équipes", "porte", "portes", "fleur", "fleurs",
            "main", "mains", "tête", "têtes", "vie", "vies", "histoire", "histoires", "saison", "saisons", "étape",
            "étapes", "fenêtre", "fenêtres", "image", "images", "idée", "idées", "raison", "raisons", "sœur", "sœurs",
            "mère", "mères", "amie", "amies", "entreprise", "entreprises", "chanson", "chansons", "règle", "règles");

    /**
     * Spanish, Portuguese, French and Italian words after a number that are not the noun it counts:
     * "el 1 de mayo" stays "uno", "10 a 20" is no feminine "a".
     */
    private static final Set<String> NOT_NOUNS = Set.of("de", "del", "y", "o", "a", "al", "en", "por", "para",
            "con", "sin", "entre", "que", "es", "más", "menos", "e", "ou", "em", "do", "da", "dos", "das", "no", "na",
            "mais", "com", "sem", "até", "et", "à", "au", "aux", "du", "des", "le", "la", "les", "sur", "pour",
            "avec", "sans", "plus", "moins", "est", "di", "in", "su", "per", "tra", "fra", "più", "meno",
            "è", "ed", "ad", "il", "lo", "gli", "una", "un", "uno", "ans");
    private static final int LONGEST_WORD = 30;

    private NounGender() {
    }

    /**
     * The lower-case word one space after {@code end} if it may be the noun a number or ordinal
     * counts ("21 casas", "3º piso"), or "" (end of text, a capital, or a word such as "de").
     */
    static String nounAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) return "";
        int i = end + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i - end <= LONGEST_WORD) i++;
        String word = text.substring(end + 1, i);
        return NOT_NOUNS.contains(word) ? "" : word;
    }

    /** Whether the word after a number is a feminine noun; false when masculine or unknown. */
    static boolean feminine(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case SPANISH -> iberian(w) || endsWithAny(w, "ción", "ciones", "sión", "siones", "dad", "dades", "tad",
                    "tades", "tud", "tudes", "umbre", "umbres");
            case BRAZILIAN_PORTUGUESE -> iberian(w) || endsWithAny(w, "ção", "ções", "são", "sões", "dade", "dades",
                    "agem", "agens");
            case ITALIAN -> !MASCULINE_IN_A.contains(w) && (w.endsWith("a") || endsWithAny(w, "zione", "sione", "tà", "tù"));
            case FRENCH -> FEMININE_FRENCH.contains(w) || endsWithAny(w, "tion", "tions", "sion", "sions");
            default -> false;
        };
    }

    private static boolean iberian(String w) {
        if (FEMININE_IBERIAN.contains(w)) return true;
        return (w.endsWith("a") || w.endsWith("as")) && !MASCULINE_IN_A.contains(w);
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) return true;
        }
        return false;
    }
}
