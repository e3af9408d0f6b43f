package dev.kokoro.text.normalize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which normalizations a request wants, as the {@code normalization_options} object of a speech
 * request (field names and defaults follow Kokoro-FastAPI so its clients work unchanged, but for
 * units, which are on). A field missing from the JSON takes its default. Immutable.
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record NormalizationOptions(
        @JsonProperty("normalize") boolean normalize,
        @JsonProperty("unit_normalization") boolean unitNormalization,
        @JsonProperty("url_normalization") boolean urlNormalization,
        @JsonProperty("email_normalization") boolean emailNormalization,
        @JsonProperty("optional_pluralization_normalization") boolean optionalPluralizationNormalization,
        @JsonProperty("phone_normalization") boolean phoneNormalization,
        @JsonProperty("replace_remaining_symbols") boolean replaceRemainingSymbols) {

    /** Everything on. Kokoro-FastAPI leaves units off; its clients can still send {@code false}. */
    public static final NormalizationOptions DEFAULTS =
            new NormalizationOptions(true, true, true, true, true, true, true);

    /** Builds options from JSON, where a missing (null) field takes its default. */
    @JsonCreator
    public static NormalizationOptions fromJson(
            @JsonProperty("normalize") Boolean normalize,
            @JsonProperty("unit_normalization") Boolean unitNormalization,
            @JsonProperty("url_normalization") Boolean urlNormalization,
            @JsonProperty("email_normalization") Boolean emailNormalization,
            @JsonProperty("optional_pluralization_normalization") Boolean optionalPluralizationNormalization,
            @JsonProperty("phone_normalization") Boolean phoneNormalization,
            @JsonProperty("replace_remaining_symbols") Boolean replaceRemainingSymbols) {
        return new NormalizationOptions(
                orDefault(normalize, DEFAULTS.normalize),
                orDefault(unitNormalization, DEFAULTS.unitNormalization),
                orDefault(urlNormalization, DEFAULTS.urlNormalization),
                orDefault(emailNormalization, DEFAULTS.emailNormalization),
                orDefault(optionalPluralizationNormalization, DEFAULTS.optionalPluralizationNormalization),
                orDefault(phoneNormalization, DEFAULTS.phoneNormalization),
                orDefault(replaceRemainingSymbols, DEFAULTS.replaceRemainingSymbols));
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
