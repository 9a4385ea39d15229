package io.crmkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void acceptsANameOfLettersAndDigitsAndARevisionFromOne() {
        assertThat(new EventType("CustomerCreated", 1).name()).isEqualTo("CustomerCreated");
        assertThat(new EventType("Step2Done", 7).revision()).isEqualTo(7);
        assertThat(new EventType("A".repeat(EventType.MAX_NAME_LENGTH), 1).name()).hasSize(64);
    }

    @Test
    void refusesOtherNamesAndRevisions() {
        for (String name : new String[] {"", "2Fast", "customer.created", "Customer Created", "A".repeat(65)}) {
            assertThatThrownBy(() -> new EventType(name, 1)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new EventType("CustomerCreated", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
