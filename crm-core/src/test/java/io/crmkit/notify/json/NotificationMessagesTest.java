package io.crmkit.notify.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.notify.Channel;
import io.crmkit.notify.Notification;
import io.crmkit.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationMessagesTest {
    private static final Instant T = Instant.parse("2026-11-30T08:00:00Z");
    private static final Notification N = new Notification(UUID.randomUUID(), Channel.EMAIL, "u-7",
            "followup.reminder", Map.of("task", "Call ACME", "due", "2026-12-01 09:00"), Locale.SIMPLIFIED_CHINESE);

    @Test
    void roundTripsANotification() {
        OutboxMessage m = NotificationMessages.toMessage(N, T, T.plusSeconds(3600), Optional.of("followup:42"));
        assertThat(m.id()).isEqualTo(N.idempotencyKey());
        assertThat(m.aggregateType()).isEqualTo("notification");
        assertThat(m.aggregateId()).isEqualTo("u-7");
        assertThat(m.eventType()).isEqualTo("followup.reminder");
        assertThat(m.availableAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(m.reference()).contains("followup:42");
        assertThat(m.payload()).isEqualTo("{\"channel\":\"email\",\"recipient\":\"u-7\",\"templateKey\":\"followup.reminder\","
                + "\"parameters\":{\"due\":\"2026-12-01 09:00\",\"task\":\"Call ACME\"},\"locale\":\"zh-CN\"}");
        assertThat(NotificationMessages.fromMessage(m)).contains(N);
    }

    @Test
    void hashesALongRecipientIntoTheAggregateId() {
        String url = "https://hooks.example.com/" + "x".repeat(100);
        Notification n = new Notification(UUID.randomUUID(), Channel.WEBHOOK, url, "t", Map.of(), Locale.ENGLISH);
        OutboxMessage m = NotificationMessages.toMessage(n, T, T, Optional.empty());
        assertThat(m.aggregateId()).startsWith("h:").hasSizeLessThanOrEqualTo(64);
        assertThat(NotificationMessages.fromMessage(m).orElseThrow().recipient()).isEqualTo(url);
    }

    @Test
    void aDomainEventIsNoNotification() {
        OutboxMessage event = new OutboxMessage(UUID.randomUUID(), "customer", "c1", "CustomerCreated", "{}", T);
        assertThat(NotificationMessages.fromMessage(event)).isEmpty();
        assertThat(event.availableAt()).isEqualTo(T);
        assertThat(event.reference()).isEmpty();
    }

    @Test
    void refusesABrokenNotificationPayloadAndALongTemplateKey() {
        OutboxMessage broken = new OutboxMessage(UUID.randomUUID(), "notification", "u", "t", "{\"channel\":1}", T);
        assertThatThrownBy(() -> NotificationMessages.fromMessage(broken)).isInstanceOf(IllegalArgumentException.class);
        Notification n = new Notification(UUID.randomUUID(), Channel.SMS, "u", "k".repeat(65), Map.of(), Locale.ENGLISH);
        assertThatThrownBy(() -> NotificationMessages.toMessage(n, T, T, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredChannelThatIsNoChannelIsABrokenPayloadAsBefore() {
        OutboxMessage stored = new OutboxMessage(UUID.randomUUID(), "notification", "u", "t",
                "{\"channel\":\"E-Mail\",\"recipient\":\"u\",\"templateKey\":\"k\",\"locale\":\"en\"}", T);
        assertThatThrownBy(() -> NotificationMessages.fromMessage(stored)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel").hasCauseInstanceOf(io.crmkit.shared.ValidationException.class);
    }
}
