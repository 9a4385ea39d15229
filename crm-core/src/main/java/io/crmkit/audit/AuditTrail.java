package io.crmkit.audit;

import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;

/**
 * Storage port for audit entries, bound to one tenant and one transaction. Entries are
 * append-only: there is no update and no delete.
 */
public interface AuditTrail {

    /**
     * Appends an entry.
     *
     * @param entry the entry
     */
    void record(AuditEntry entry);

    /**
     * The history of one record, newest first (by time, then by id descending).
     *
     * @param entityType the kind of record
     * @param entityId its id
     * @param page the page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    Page<AuditEntry> history(String entityType, String entityId, PageRequest page);
}
