package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kokoro.text.normalize.NormalizationOptions;

/**
 * The {@code normalization_options} object of a speech request, with Kokoro-FastAPI's field names so its
 * clients work unchanged; a field left out takes the server's default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NormalizationOptionsRequest(
        Boolean normalize,
        @JsonProperty("unit_normalization") Boolean unitNormalization,
        @JsonProperty("url_normalization") Boolean urlNormalization,
        @JsonProperty("email_normalization") Boolean emailNormalization,
        @JsonProperty("optional_pluralization_normalization") Boolean optionalPluralizationNormalization,
        @JsonProperty("phone_normalization") Boolean phoneNormalization,
        @JsonProperty("replace_remaining_symbols") Boolean replaceRemainingSymbols) {

    static NormalizationOptions toOptions(NormalizationOptionsRequest request) {
        if (request == null) {
            return NormalizationOptions.DEFAULTS;
        }
        NormalizationOptions d = NormalizationOptions.DEFAULTS;
        return new NormalizationOptions(
                orDefault(request.normalize, d.normalize()),
                orDefault(request.unitNormalization, d.unitNormalization()),
                orDefault(request.urlNormalization, d.urlNormalization()),
                orDefault(request.emailNormalization, d.emailNormalization()),
                orDefault(request.optionalPluralizationNormalization, d.optionalPluralizationNormalization()),
                orDefault(request.phoneNormalization, d.phoneNormalization()),
                orDefault(request.replaceRemainingSymbols, d.replaceRemainingSymbols()));
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
