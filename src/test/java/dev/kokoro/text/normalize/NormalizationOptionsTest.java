package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NormalizationOptionsTest {
    private final ObjectMapper json = new ObjectMapper();

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
        assertThat(json.readValue("{}", NormalizationOptions.class)).isEqualTo(NormalizationOptions.DEFAULTS);
    }

    @Test
    void snakeCaseFieldsAreReadAndMissingOnesDefault() throws Exception {
        NormalizationOptions o = json.readValue(
                "{\"unit_normalization\": true, \"url_normalization\": false, \"unknown_field\": 1}",
                NormalizationOptions.class);
        assertThat(o).isEqualTo(new NormalizationOptions(true, true, false, true, true, true, true));
    }

    @Test
    void everyFieldCanBeTurnedOff() throws Exception {
        NormalizationOptions o = json.readValue("{\"normalize\": false, \"email_normalization\": false,"
                + " \"optional_pluralization_normalization\": false, \"phone_normalization\": false,"
                + " \"replace_remaining_symbols\": false}", NormalizationOptions.class);
        assertThat(o).isEqualTo(new NormalizationOptions(false, true, true, false, false, false, false));
    }

    @Test
    void unitNormalizationFalseStillTurnsUnitsOff() throws Exception {
        NormalizationOptions o = json.readValue("{\"unit_normalization\": false}", NormalizationOptions.class);
        assertThat(o.unitNormalization()).isFalse();
        assertThat(new TextNormalizer().normalize("He ran 5 km.", dev.kokoro.text.Language.AMERICAN_ENGLISH, o))
                .isEqualTo("He ran five km.");
        assertThat(new TextNormalizer().normalize("He ran 5 km.", dev.kokoro.text.Language.AMERICAN_ENGLISH))
                .isEqualTo("He ran five kilometers.");
    }

    @Test
    void writesSnakeCaseAndReadsItBack() throws Exception {
        NormalizationOptions o = new NormalizationOptions(true, true, false, true, false, true, false);
        String written = json.writeValueAsString(o);
        assertThat(written).contains("\"unit_normalization\":true", "\"optional_pluralization_normalization\":false");
        assertThat(json.readValue(written, NormalizationOptions.class)).isEqualTo(o);
    }

    @Test
    void normalizeFalsePassesTextThrough() {
        NormalizationOptions off = new NormalizationOptions(false, false, true, true, true, true, true);
        assertThat(new TextNormalizer().normalize("Dr. Smith paid $5.", dev.kokoro.text.Language.AMERICAN_ENGLISH, off))
                .isEqualTo("Dr. Smith paid $5.");
    }
}
