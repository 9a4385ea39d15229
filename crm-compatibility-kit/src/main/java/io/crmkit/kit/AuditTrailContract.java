package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.CustomerSort;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.audit.AuditTrail} port: entries read back exactly, each record's
 * history newest first (time descending, then id descending in text order), keyset paging,
 * and histories of different records kept apart.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class AuditTrailContract {
    /** Newest first: time, then id in text order (the order SQL gives UUIDs), both descending. */
    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
            .thenComparing(e -> e.id().toString()).reversed();
    private TenantScope scope;

    /** Creates the contract. */
    protected AuditTrailContract() {
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

    private List<AuditEntry> recordMany(String entityId, int n) {
        List<AuditEntry> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEntry e = ContractFixtures.audit(entityId, T0.plusSeconds(i % 4).plusNanos(1000L * (i % 2)));
            all.add(e);
            scope.record(e);
        }
        return all.stream().sorted(NEWEST_FIRST).toList();
    }

    /** Recording and reading back. */
    @Nested
    @DisplayName("recording entries")
    class Recording {

        @Test
        @DisplayName("reads entries back exactly: changes in their order, absent and empty values apart, long values whole")
        void readsEntriesBackExactly() {
            String longValue = HostileText.fit(HostileText.SAMPLES.repeat(60), 10_000);
            AuditEntry rich = new AuditEntry(ContractFixtures.id(), "customer", "c1", "customer.updated",
                    UserId.of("张三 'admin'"), T0.plusNanos(123_456_000), List.of(
                    new FieldChange("details.remarks", Optional.of(longValue), Optional.empty()),
                    new FieldChange("details.region", Optional.empty(), Optional.of("")),
                    new FieldChange("contacts[3f2a].email", Optional.of(""), Optional.of(" ")),
                    new FieldChange("details.name", Optional.of(HostileText.SAMPLES), Optional.of("B"))));
            AuditEntry bare = new AuditEntry(ContractFixtures.id(), "customer", "c1", "customer.viewed", UserId.of("u-1"),
                    T0, List.of());
            scope.record(rich, bare);
            assertThat(scope.history("customer", "c1", PageRequest.first(10)).items()).containsExactly(rich, bare);
        }

        @Test
        @DisplayName("lists a record's history newest first, whatever order it was recorded in")
        void listsNewestFirst() {
            AuditEntry middle = ContractFixtures.audit("c1", T0.plusSeconds(5));
            AuditEntry newest = ContractFixtures.audit("c1", T0.plusSeconds(9));
            AuditEntry oldest = ContractFixtures.audit("c1", T0);
            scope.record(middle);
            scope.record(newest, oldest);
            assertThat(scope.history("customer", "c1", PageRequest.first(10)).items())
                    .containsExactly(newest, middle, oldest);
        }

        @Test
        @DisplayName("breaks ties in time by id descending in text order, which is how SQL orders UUIDs")
        void breaksTiesByIdText() {
            List<AuditEntry> tied = new ArrayList<>();
            for (char digit : new char[] {'0', '8', 'f', '7'}) {
                tied.add(ContractFixtures.audit(ContractFixtures.idStartingWith(digit), "customer", "c1", T0, List.of()));
            }
            tied.forEach(scope::record);
            assertThat(scope.history("customer", "c1", PageRequest.first(10)).items())
                    .extracting(e -> e.id().toString().charAt(0)).containsExactly('f', '8', '7', '0');
        }

        @Test
        @DisplayName("orders times to the microsecond")
        void ordersToTheMicrosecond() {
            AuditEntry a = ContractFixtures.audit(ContractFixtures.idStartingWith('f'), "customer", "c1", T0, List.of());
            AuditEntry b = ContractFixtures.audit(ContractFixtures.idStartingWith('0'), "customer", "c1",
                    T0.plusNanos(1000), List.of());
            scope.record(a, b);
            assertThat(scope.history("customer", "c1", PageRequest.first(10)).items()).containsExactly(b, a);
        }
    }

    /** Keyset paging. */
    @Nested
    @DisplayName("paging through a history")
    class Paging {

        @Test
        @DisplayName("walks the history page by page with no gap and no repeat, at every page size")
        void walksEveryPage() {
            List<AuditEntry> expected = recordMany("c1", 11);
            for (int size : new int[] {1, 3, 11, 50}) {
                assertThat(scope.historyAll("customer", "c1", size)).as("pages of %d", size)
                        .containsExactlyElementsOf(expected);
            }
        }

        @Test
        @DisplayName("a page that ends exactly at the oldest entry has no cursor")
        void exactlyFullLastPageHasNoCursor() {
            recordMany("c1", 4);
            assertThat(scope.history("customer", "c1", PageRequest.first(4)).next()).isEmpty();
            assertThat(scope.history("customer", "c1", PageRequest.first(3)).next()).isPresent();
        }

        @Test
        @DisplayName("continues after the cursor's position when newer entries were recorded since")
        void continuesFromThePosition() {
            List<AuditEntry> expected = recordMany("c1", 6);
            Page<AuditEntry> first = scope.history("customer", "c1", PageRequest.first(3));
            scope.record(ContractFixtures.audit("c1", T0.plusSeconds(60)));
            Page<AuditEntry> second = scope.history("customer", "c1", PageRequest.after(10, first.next().orElseThrow()));
            assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
            assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 6));
        }

        @Test
        @DisplayName("a forged cursor, or one of another listing, is a validation error naming page.after")
        void refusesForeignCursors() {
            recordMany("c1", 2);
            List<String> foreign = List.of("Zm9v", "not-a-cursor", "",
                    CustomerSort.CREATED_AT.cursorAfter(ContractFixtures.minimal("x")),
                    Cursor.of("yesterday", ContractFixtures.id().toString()).encode(),
                    Cursor.of(T0.toString(), "not-a-uuid").encode());
            for (String cursor : foreign) {
                assertThatThrownBy(() -> scope.history("customer", "c1", PageRequest.after(3, cursor))).as(cursor)
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.paths()).containsExactly("page.after"));
            }
        }
    }

    /** Separate records. */
    @Nested
    @DisplayName("keeping records apart")
    class Isolation {

        @Test
        @DisplayName("lists only the entries of the named record: same id of another type, or similar ids, stay out")
        void separatesRecords() {
            Instant at = T0;
            AuditEntry c1 = ContractFixtures.audit("c1", at);
            AuditEntry c10 = ContractFixtures.audit("c10", at);
            AuditEntry upper = ContractFixtures.audit("C1", at);
            AuditEntry ticket = ContractFixtures.audit(ContractFixtures.id(), "ticket", "c1", at, List.of());
            scope.record(c1, c10, upper, ticket);
            assertThat(scope.history("customer", "c1", PageRequest.first(10)).items()).containsExactly(c1);
            assertThat(scope.history("customer", "c10", PageRequest.first(10)).items()).containsExactly(c10);
            assertThat(scope.history("customer", "C1", PageRequest.first(10)).items()).containsExactly(upper);
            assertThat(scope.history("ticket", "c1", PageRequest.first(10)).items()).containsExactly(ticket);
            assertThat(scope.history("customer", "c%", PageRequest.first(10)).items()).isEmpty();
            assertThat(scope.history("customer", "c2", PageRequest.first(10)).items()).isEmpty();
        }
    }
}
