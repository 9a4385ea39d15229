package io.crmkit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.classification.Classified;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.customer.CustomerId;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventKey;
import io.crmkit.event.EventType;
import io.crmkit.followup.FollowUpEvent;
import io.crmkit.followup.FollowUpId;
import io.crmkit.interaction.InteractionEvent;
import io.crmkit.interaction.InteractionId;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.purchase.PurchaseChanged;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.shared.UserId;
import io.crmkit.tag.TagsChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox messages of events, byte for byte: the ids, {@code at}, {@code revision}, then the attributes by name. */
class EventMessagesTest {
    private static final Instant T = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final UUID MESSAGE = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final CustomerId CUSTOMER = CustomerId.parse("00000000-0000-7000-8000-0000000000c1");

    @Test
    void writesACustomerEvent() {
        OutboxMessage m = EventMessages.toMessage(new CustomerEvent.CustomerCreated(CUSTOMER, UserId.of("u-1"), "prospect", T),
                MESSAGE);
        assertThat(m.id()).isEqualTo(MESSAGE);
        assertThat(m.aggregateType()).isEqualTo("customer");
        assertThat(m.aggregateId()).isEqualTo(CUSTOMER.toString());
        assertThat(m.eventType()).isEqualTo("CustomerCreated");
        assertThat(m.occurredAt()).isEqualTo(T);
        assertThat(m.availableAt()).isEqualTo(T);
        assertThat(m.reference()).isEmpty();
        assertThat(m.payload()).isEqualTo("{\"customerId\":\"" + CUSTOMER + "\",\"at\":\"2026-03-01T09:30:00.123456Z\","
                + "\"revision\":1,\"lifecycleStatus\":\"prospect\",\"owner\":\"u-1\"}");
    }

    @Test
    void writesListsAsArraysOfText() {
        String payload = EventMessages.payload(new TagsChanged(CUSTOMER, "level", List.of("B"), List.of("A", "C"), T));
        assertThat(payload).isEqualTo("{\"customerId\":\"" + CUSTOMER + "\",\"at\":\"2026-03-01T09:30:00.123456Z\","
                + "\"revision\":1,\"added\":[\"B\"],\"dimension\":\"level\",\"removed\":[\"A\",\"C\"]}");
    }

    @Test
    void writesAPurchaseChangeAboutTheCustomer() {
        PurchaseId purchase = new PurchaseId(UUID.fromString("00000000-0000-7000-8000-0000000000f1"));
        OutboxMessage m = EventMessages.toMessage(new PurchaseChanged(CUSTOMER, purchase, "SO-1", "recorded", T), MESSAGE);
        assertThat(m.aggregateType()).isEqualTo("customer");
        assertThat(m.aggregateId()).isEqualTo(CUSTOMER.toString());
        assertThat(m.payload()).isEqualTo("{\"customerId\":\"" + CUSTOMER + "\",\"at\":\"2026-03-01T09:30:00.123456Z\","
                + "\"revision\":1,\"change\":\"recorded\",\"orderReference\":\"SO-1\",\"purchaseId\":\"" + purchase + "\"}");
    }

    @Test
    void writesAClassification() {
        String payload = EventMessages.payload(new Classified(CUSTOMER, "value_tier", "", "A", "respond within 24 h", T));
        assertThat(payload).isEqualTo("{\"customerId\":\"" + CUSTOMER + "\",\"at\":\"2026-03-01T09:30:00.123456Z\","
                + "\"revision\":1,\"dimension\":\"value_tier\",\"from\":\"\",\"note\":\"respond within 24 h\",\"to\":\"A\"}");
    }

    @Test
    void writesAFollowUpEventWithTheTaskFirst() {
        FollowUpId task = new FollowUpId(UUID.fromString("00000000-0000-7000-8000-0000000000a1"));
        OutboxMessage m = EventMessages.toMessage(new FollowUpEvent.FollowUpCompleted(task, CUSTOMER, T.minusSeconds(60), "",
                T), MESSAGE);
        assertThat(m.aggregateType()).isEqualTo("followup");
        assertThat(m.aggregateId()).isEqualTo(task.toString());
        assertThat(m.eventType()).isEqualTo("FollowUpCompleted");
        assertThat(m.payload()).isEqualTo("{\"taskId\":\"" + task + "\",\"customerId\":\"" + CUSTOMER + "\","
                + "\"at\":\"2026-03-01T09:30:00.123456Z\",\"revision\":1,\"actualAt\":\"2026-03-01T09:29:00.123456Z\","
                + "\"nextTaskId\":\"\"}");
    }

    @Test
    void writesAnInteractionEvent() {
        InteractionId interaction = new InteractionId(UUID.fromString("00000000-0000-7000-8000-0000000000b1"));
        OutboxMessage m = EventMessages.toMessage(new InteractionEvent.InteractionDeleted(CUSTOMER, interaction, "call", T),
                MESSAGE);
        assertThat(m.aggregateType()).isEqualTo("interaction");
        assertThat(m.aggregateId()).isEqualTo(interaction.toString());
        assertThat(m.eventType()).isEqualTo("InteractionDeleted");
        assertThat(m.payload()).isEqualTo("{\"interactionId\":\"" + interaction + "\",\"customerId\":\"" + CUSTOMER + "\","
                + "\"at\":\"2026-03-01T09:30:00.123456Z\",\"revision\":1,\"kind\":\"call\"}");
    }

    @Test
    void publishesTheRevisionTheEventDeclares() {
        DomainEvent revised = new Revised(Map.of("reason", "moved"));
        assertThat(EventMessages.payload(revised)).isEqualTo("{\"thingId\":\"t-1\",\"at\":\"2026-03-01T09:30:00.123456Z\","
                + "\"revision\":3,\"reason\":\"moved\"}");
    }

    @Test
    void refusesAFieldThatWouldHideTheEnvelope() {
        assertThatThrownBy(() -> EventMessages.payload(new Revised(Map.of("revision", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'revision'");
        assertThatThrownBy(() -> EventMessages.payload(new Revised(Map.of("at", "now"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'at'");
        assertThatThrownBy(() -> EventMessages.payload(new Revised(Map.of("thingId", "t-2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'thingId'");
    }

    /** An event of a later revision, as a feature would declare one. */
    private record Revised(Map<String, Object> attributes) implements DomainEvent {
        static final EventType TYPE = new EventType("ThingMoved", 3);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "thing";
        }

        @Override
        public String aggregateId() {
            return "t-1";
        }

        @Override
        public Instant at() {
            return T;
        }

        @Override
        public List<EventKey> keys() {
            return List.of(new EventKey("thingId", "t-1"));
        }
    }
}
