package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

class NormalizationOptionsRequestTest {
    private final ObjectMapper json = new ObjectMapper();

    private NormalizationOptions read(String body) throws Exception {
        return NormalizationOptionsRequest.toOptions(json.readValue(body, NormalizationOptionsRequest.class));
    }

    @Test
    void defaultsFollowKokoroFastApiExceptUnitsWhichAreOn() {
        NormalizationOptions d = NormalizationOptions.DEFAULTS;
        assertThat(d.normalize()).isTrue();
        assertThat(d.unitNormalization()).isTrue();
        assertThat(d.urlNormalization()).isTrue();
        assertThat(d.emailNormalization()).isTrue();
        assertThat(d.optionalPluralizationNormalization()).isTrue();
        assertThat(d.phoneNormalization()).isTrue();
        assertThat(d.replaceRemainingSymbols()).isTrue();
    }

    @Test
    void emptyJsonObjectGivesTheDefaults() throws Exception {
        assertThat(read("{}")).isEqualTo(NormalizationOptions.DEFAULTS);
    }

    @Test
    void snakeCaseFieldsAreReadAndMissingOnesDefault() throws Exception {
        NormalizationOptions o = read(
                "{\"unit_normalization\": true, \"url_normalization\": false, \"unknown_field\": 1}");
        assertThat(o).isEqualTo(new NormalizationOptions(true, true, false, true, true, true, true));
    }

    @Test
    void everyFieldCanBeTurnedOff() throws Exception {
        NormalizationOptions o = read("{\"normalize\": false, \"email_normalization\": false,"
                + " \"optional_pluralization_normalization\": false, \"phone_normalization\": false,"
                + " \"replace_remaining_symbols\": false}");
        assertThat(o).isEqualTo(new NormalizationOptions(false, true, true, false, false, false, false));
    }

    @Test
    void unitNormalizationFalseStillTurnsUnitsOff() throws Exception {
        NormalizationOptions o = read("{\"unit_normalization\": false}");
        assertThat(o.unitNormalization()).isFalse();
        assertThat(new TextNormalizer().normalize("He ran 5 km.", Language.AMERICAN_ENGLISH, o))
                .isEqualTo("He ran five km.");
        assertThat(new TextNormalizer().normalize("He ran 5 km.", Language.AMERICAN_ENGLISH))
                .isEqualTo("He ran five kilometers.");
    }

    @Test
    void normalizeFalsePassesTextThrough() {
        NormalizationOptions off = new NormalizationOptions(false, false, true, true, true, true, true);
        assertThat(new TextNormalizer().normalize("Dr. Smith paid $5.", Language.AMERICAN_ENGLISH, off))
                .isEqualTo("Dr. Smith paid $5.");
    }
}
