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

    private NounGender() {
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
