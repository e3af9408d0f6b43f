package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackPolicyTest {
    private final CallbackPolicy policy = new CallbackPolicy(20, Duration.ofSeconds(5), Duration.ofMinutes(1),
            Duration.ofSeconds(10), Duration.ofSeconds(1), "");

    @Test
    void waitDoublesAfterEachFailureUpToTheCap() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoff(20)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void signatureIsTheHexHmacOfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(new CallbackSigner("Jefe").sign("what do ya want for nothing?".getBytes()))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
