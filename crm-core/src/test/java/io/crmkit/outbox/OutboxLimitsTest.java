package io.crmkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxLimitsTest {
    private static final Instant T = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void cutsErrorTextWithoutSplittingASurrogatePair() {
        String text = "a".repeat(OutboxLimits.MAX_ERROR_LENGTH - 1) + "😀" + "tail";
        assertThat(OutboxLimits.errorText(text)).hasSize(OutboxLimits.MAX_ERROR_LENGTH - 1);
        assertThat(OutboxLimits.errorText("a\u0000b")).isEqualTo("a\uFFFDb");
    }

    @Test
    void refusesAnEmptyOrTooLongReference() {
        assertThatThrownBy(() -> new OutboxMessage(UUID.randomUUID(), "t", "a", "e", "{}", T, T, Optional.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxMessage(UUID.randomUUID(), "t", "a", "e", "{}", T, T,
                Optional.of("r".repeat(OutboxLimits.MAX_REFERENCE_LENGTH + 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesAndDecodesListCursors() {
        OutboxCursor c = new OutboxCursor(T, UUID.randomUUID());
        assertThat(OutboxCursor.decode(c.encode())).isEqualTo(c);
    }
}
