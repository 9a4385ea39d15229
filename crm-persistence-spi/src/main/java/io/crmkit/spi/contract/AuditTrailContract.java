package io.crmkit.spi.contract;

import static io.crmkit.spi.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditEntry;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link io.crmkit.audit.AuditTrail} port. Subclass it and implement {@link #storage()}. */
public abstract class AuditTrailContract {
    private Storage storage;
    private TenantId tenant;

    /** Creates the subject. */
    protected AuditTrailContract() {
    }

    /**
     * The storage under test; may be shared: each test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Takes the storage and a fresh tenant. */
    @BeforeEach
    void setUpStorage() {
        storage = storage();
        tenant = ContractFixtures.freshTenant();
    }

    private void record(AuditEntry e) {
        storage.inTransaction(tenant, t -> {
            t.auditTrail().record(e);
            return null;
        });
    }

    private Page<AuditEntry> history(String entityId, PageRequest page) {
        return storage.inTransaction(tenant, t -> t.auditTrail().history("customer", entityId, page));
    }

    @Test
    @DisplayName("reads entries back exactly, newest first, ties broken by id descending")
    void newestFirst() {
        List<AuditEntry> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AuditEntry e = ContractFixtures.audit("c1", T0.plusSeconds(i % 3));
            all.add(e);
            record(e);
        }
        all.sort(Comparator.comparing(AuditEntry::at).thenComparing(e -> e.id().toString()));
        java.util.Collections.reverse(all);
        assertThat(history("c1", PageRequest.first(10)).items()).containsExactlyElementsOf(all);
    }

    @Test
    @DisplayName("pages through a long history without gap or repeat")
    void pages() {
        List<AuditEntry> all = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            AuditEntry e = ContractFixtures.audit("c1", T0.plusSeconds(i / 2));
            all.add(e);
            record(e);
        }
        List<AuditEntry> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<AuditEntry> page = history("c1", new PageRequest(3, cursor));
            walked.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        assertThat(walked).hasSize(11).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(walked).isSortedAccordingTo(Comparator.comparing(AuditEntry::at).reversed());
    }

    @Test
    @DisplayName("keeps each entity's history apart, and an entry without changes")
    void separatesEntities() {
        AuditEntry a = ContractFixtures.audit("c1", T0);
        AuditEntry b = new AuditEntry(ContractFixtures.id(), "customer", "c2", "customer.viewed", a.actor(), T0, List.of());
        record(a);
        record(b);
        assertThat(history("c1", PageRequest.first(10)).items()).containsExactly(a);
        assertThat(history("c2", PageRequest.first(10)).items()).containsExactly(b);
        assertThat(storage.inTransaction(tenant, t -> t.auditTrail().history("ticket", "c1", PageRequest.first(10)))
                .items()).isEmpty();
    }

    @Test
    @DisplayName("a forged cursor is a validation error")
    void forgedCursor() {
        assertThatThrownBy(() -> history("c1", PageRequest.after(3, "Zm9v")))
                .isInstanceOf(ValidationException.class);
    }
}
