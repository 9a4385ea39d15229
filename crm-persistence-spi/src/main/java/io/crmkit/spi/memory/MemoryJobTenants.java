package io.crmkit.spi.memory;

import io.crmkit.schedule.JobTenants;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenants with customers, across the whole storage: the one in-memory port that is not bound
 * to its transaction's tenant (see {@link JobTenants}). Read under the storage's lock, like every
 * port.
 */
final class MemoryJobTenants implements JobTenants {
    private static final String AFTER = "page.after";

    private final Supplier<Collection<TenantId>> withCustomers;
    private final Runnable checkOpen;

    MemoryJobTenants(Supplier<Collection<TenantId>> withCustomers, Runnable checkOpen) {
        this.withCustomers = withCustomers;
        this.checkOpen = checkOpen;
    }

    @Override
    public Page<TenantId> withCustomers(PageRequest page) {
        checkOpen.run();
        Optional<String> after = page.after().map(MemoryJobTenants::tenantKey);
        List<TenantId> rows = withCustomers.get().stream()
                .filter(t -> after.map(a -> t.value().compareTo(a) > 0).orElse(true))
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .limit(page.size() + 1L)
                .toList();
        return Page.ofLookahead(rows, page.size(), t -> Cursor.of(t.value()).encode());
    }

    private static String tenantKey(String token) {
        String key = Cursor.decode(token, 1, AFTER).keys().get(0);
        try {
            return TenantId.of(key).value();
        } catch (ValidationException e) {
            throw Cursor.invalid(AFTER);
        }
    }
}
