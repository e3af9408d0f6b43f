package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.config.ConfigException;
import org.junit.jupiter.api.Test;

class JobNamesTest {
    @Test
    void prioritiesParseInAnyCase() {
        assertThat(JobPriority.parse(" Urgent ")).contains(JobPriority.URGENT);
        assertThat(JobPriority.parse("low")).contains(JobPriority.LOW);
        assertThat(JobPriority.parse("asap")).isEmpty();
    }

    @Test
    void databaseUrlsNameTheirDialect() {
        assertThat(SqlDialect.of("jdbc:postgresql://db:5432/kokoro")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.of("jdbc:h2:file:/srv/jobs")).isEqualTo(SqlDialect.H2);
        assertThatThrownBy(() -> SqlDialect.of("jdbc:mysql://db/kokoro?password=secret"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("db-url").hasMessageContaining("jdbc:mysql://db/kokoro")
                .hasMessageNotContaining("secret");
    }
}
