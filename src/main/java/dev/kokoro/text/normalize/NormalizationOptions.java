package dev.kokoro.text.normalize;

/**
 * Which normalizations a request wants (the defaults follow Kokoro-FastAPI so its clients hear what they
 * expect, but for units, which are on). Immutable.
 *
 * @param normalize                          master switch: false passes the text through untouched
 * @param unitNormalization                  {@code 10 km} → "ten kilometers"; on by default, unlike
 *                                           Kokoro-FastAPI, since "five k m" is what new users hear
 *                                           otherwise (degree signs are read whatever this says,
 *                                           since they are symbols)
 * @param urlNormalization                   read URLs as "example dot com slash docs"
 * @param emailNormalization                 read e-mail addresses as "jane at example dot com"
 * @param optionalPluralizationNormalization {@code file(s)} → "files"
 * @param phoneNormalization                 read phone numbers digit by digit, in groups
 * @param replaceRemainingSymbols            read or drop symbols left over after the other rules
 */
public record NormalizationOptions(
        boolean normalize,
        boolean unitNormalization,
        boolean urlNormalization,
        boolean emailNormalization,
        boolean optionalPluralizationNormalization,
        boolean phoneNormalization,
        boolean replaceRemainingSymbols) {

    /** Everything on. Kokoro-FastAPI leaves units off; its clients can still send {@code false}. */
    public static final NormalizationOptions DEFAULTS =
            new NormalizationOptions(true, true, true, true, true, true, true);
}
