package io.crmkit.spi.contract;

import static io.crmkit.spi.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link io.crmkit.outbox.Outbox} port. Subclass it and implement {@link #storage()}. */
public abstract class OutboxContract {
    private Storage storage;
    private TenantId tenant;

    /** Creates the subject. */
    protected OutboxContract() {
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

    @Test
    @DisplayName("hands out pending messages exactly as appended, oldest first, up to the limit")
    void oldestFirst() {
        List<OutboxMessage> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(ContractFixtures.message("c" + i, T0.minusSeconds(i % 3)));
        }
        storage.inTransaction(tenant, t -> {
            all.forEach(t.outbox()::append);
            return null;
        });
        all.sort(Comparator.comparing(OutboxMessage::occurredAt).thenComparing(m -> m.id().toString()));
        assertThat(Reads.pending(storage, tenant, 100)).containsExactlyElementsOf(all);
        assertThat(Reads.pending(storage, tenant, 3)).containsExactlyElementsOf(all.subList(0, 3));
    }

    @Test
    @DisplayName("keeps a large JSON payload intact")
    void keepsPayloads() {
        String payload = "{\"text\":\"" + "数据".repeat(20_000) + "\"}";
        OutboxMessage m = new OutboxMessage(ContractFixtures.id(), "customer", "c1", "Big", payload, T0);
        storage.inTransaction(tenant, t -> {
            t.outbox().append(m);
            return null;
        });
        assertThat(Reads.pending(storage, tenant, 1)).containsExactly(m);
    }
}
