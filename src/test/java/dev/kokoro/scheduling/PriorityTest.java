package dev.kokoro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityTest {
    @Test
    void aTaskLevelIsABackgroundPriority() {
        assertThat(Priority.ofTask("urgent")).isEqualTo(Priority.TASK_URGENT);
        assertThat(Priority.ofTask("High")).isEqualTo(Priority.TASK_HIGH);
        assertThat(Priority.ofTask("NORMAL")).isEqualTo(Priority.TASK_NORMAL);
        assertThat(Priority.ofTask("low")).isEqualTo(Priority.TASK_LOW);
        assertThat(Priority.ofTask("low").isLive()).isFalse();
        assertThat(Priority.REQUEST.isLive()).isTrue();
    }

    @Test
    void anotherWordIsRefusedWithTheWordsAllowed() {
        assertThatThrownBy(() -> Priority.ofTask("realtime"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low, normal, high or urgent").hasMessageContaining("realtime");
    }
}
