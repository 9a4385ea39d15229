package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.outbox.OutboxMessage;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.outbox.Outbox} port: messages read back exactly (payload byte for
 * byte, not re-formatted), pending ones oldest first (time, then id in text order), at most
 * the limit.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class OutboxContract {
    /** Oldest first: time, then id in text order (the order SQL gives UUIDs). */
    private static final Comparator<OutboxMessage> OLDEST_FIRST = Comparator.comparing(OutboxMessage::occurredAt)
            .thenComparing(m -> m.id().toString());
    private TenantScope scope;

    /** Creates the contract. */
    protected OutboxContract() {
    }

    /**
     * The storage under test. It may be shared between tests and may hold other data: every
     * test works in a fresh tenant.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Takes the storage and a fresh tenant before each test. */
    @BeforeEach
    void setUpScope() {
        scope = TenantScope.fresh(storage());
    }

    /** Appending and reading back. */
    @Nested
    @DisplayName("appending messages")
    class Appending {

        @Test
        @DisplayName("has nothing pending in a new tenant")
        void startsEmpty() {
            assertThat(scope.pending(10)).isEmpty();
        }

        @Test
        @DisplayName("keeps a payload exactly as given: key order, spacing, escapes, and over 40,000 characters")
        void keepsPayloadsExactly() {
            String spaced = "{ \"b\" : 1,\n  \"a\":[true,null] ,\"esc\":\"\\u00e9\\n\\\"'\" }";
            String large = "{\"text\":\"" + "数据😀".repeat(13_334) + "\"}";
            String hostile = "{\"text\":\"" + ContractArbitraries.jsonEscape(HostileText.SAMPLES) + "\"}";
            OutboxMessage a = ContractFixtures.message(ContractFixtures.idStartingWith('1'), "c1", T0, spaced);
            OutboxMessage b = ContractFixtures.message(ContractFixtures.idStartingWith('2'), "c1", T0, large);
            OutboxMessage c = ContractFixtures.message(ContractFixtures.idStartingWith('3'), "c1", T0, hostile);
            scope.append(a, b, c);
            assertThat(scope.pending(10)).containsExactly(a, b, c);
        }

        @Test
        @DisplayName("keeps what several transactions appended")
        void keepsMessagesOfSeveralTransactions() {
            OutboxMessage first = ContractFixtures.message("c1", T0);
            OutboxMessage second = ContractFixtures.message("c2", T0.plusSeconds(1));
            scope.append(first);
            scope.append(second);
            assertThat(scope.pending(10)).containsExactly(first, second);
        }
    }

    /** Reading what is pending. */
    @Nested
    @DisplayName("reading pending messages")
    class Pending {

        @Test
        @DisplayName("hands out the oldest first, by time and then id, whatever order they were appended in")
        void oldestFirst() {
            List<OutboxMessage> all = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                all.add(ContractFixtures.message("c" + i, T0.minusSeconds(i % 3).plusNanos(1000L * (i % 2))));
            }
            scope.append(all.toArray(new OutboxMessage[0]));
            assertThat(scope.pending(100)).containsExactlyElementsOf(all.stream().sorted(OLDEST_FIRST).toList());
        }

        @Test
        @DisplayName("breaks ties in time by id in text order, which is how SQL orders UUIDs")
        void breaksTiesByIdText() {
            for (char digit : new char[] {'f', '0', '8', '7'}) {
                scope.append(ContractFixtures.message(ContractFixtures.idStartingWith(digit), "c1", T0, "{}"));
            }
            assertThat(scope.pending(10)).extracting(m -> m.id().toString().charAt(0)).containsExactly('0', '7', '8', 'f');
        }

        @Test
        @DisplayName("returns at most the limit, the oldest ones")
        void honoursTheLimit() {
            List<OutboxMessage> all = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                all.add(ContractFixtures.message("c" + i, T0.plusSeconds(7 - i)));
            }
            scope.append(all.toArray(new OutboxMessage[0]));
            List<OutboxMessage> expected = all.stream().sorted(OLDEST_FIRST).toList();
            assertThat(scope.pending(1)).containsExactly(expected.get(0));
            assertThat(scope.pending(3)).containsExactlyElementsOf(expected.subList(0, 3));
            assertThat(scope.pending(7)).containsExactlyElementsOf(expected);
        }

        @Test
        @DisplayName("reading does not consume: the same messages stay pending")
        void readingDoesNotConsume() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            assertThat(scope.pending(5)).containsExactly(m);
            assertThat(scope.pending(5)).containsExactly(m);
        }
    }
}
