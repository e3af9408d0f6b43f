package dev.kokoro.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.config.ConfigException;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadLimitsTest {
    @TempDir
    Path home;

    private ServerConfig config(Map<String, String> overrides) {
        return ServerConfig.from(Settings.load(Map.of("KOKORO_HOME", home.toString()), overrides));
    }

    @Test
    void byDefaultAnHourAndAGigabyte() {
        ServerConfig config = config(Map.of());
        DownloadLimits limits = DownloadLimits.of(config.downloadMaxAgeMinutes(), config.downloadMaxTotalMb());
        assertThat(limits).isEqualTo(new DownloadLimits(Duration.ofHours(1), 1L << 30));
    }

    @Test
    void theSettingsChangeThem() {
        ServerConfig config = config(Map.of("download-max-age-minutes", "1440", "download-max-total-mb", "10"));
        assertThat(DownloadLimits.of(config.downloadMaxAgeMinutes(), config.downloadMaxTotalMb()))
                .isEqualTo(new DownloadLimits(Duration.ofDays(1), 10L << 20));
    }

    @Test
    void zeroIsRefused() {
        assertThatThrownBy(() -> config(Map.of("download-max-age-minutes", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("download-max-age-minutes");
        assertThatThrownBy(() -> config(Map.of("download-max-total-mb", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("download-max-total-mb");
        assertThatThrownBy(() -> new DownloadLimits(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DownloadLimits(Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
