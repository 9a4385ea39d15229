package io.crmkit.schedule.service;

import io.crmkit.storage.StorageTransaction;
import java.util.Optional;

/**
 * A job's work for one tenant, done page by page, each page in a transaction the runner opens:
 * the same transaction records the run's progress, so a page is kept exactly when the run's
 * cursor moves past it. Items are in a stable order named by an opaque cursor (a keyset page
 * cursor), so a run resumed by another instance goes on after the last page recorded.
 */
public interface TenantWork {

    /**
     * Does the work of up to {@code size} items after a cursor, in the caller's transaction.
     * Throwing rolls the page back; the runner then does the page's items one by one, stepping
     * over those that fail.
     *
     * @param tx the transaction, bound to the tenant
     * @param after the cursor after the last item done; empty to start from the first
     * @param size the most items to do, at least 1
     * @return how many were done and the cursor after them
     */
    WorkPage page(StorageTransaction tx, Optional<String> after, int size);

    /**
     * The cursor after the first item following a cursor, without doing that item: how the
     * runner steps over an item whose work fails.
     *
     * @param tx the transaction, bound to the tenant
     * @param after the cursor after the last item done; empty for the first
     * @return the cursor after the next item, or empty if no item follows it (the work is then done)
     */
    Optional<String> skip(StorageTransaction tx, Optional<String> after);
}
