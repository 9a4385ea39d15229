package io.crmkit.internal.session;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.shared.UserId;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;

/**
 * Work a feature does inside the transaction of every change to a customer's data — today
 * classification, which recomputes the tags its rules derive. The features that change
 * customers (customers, tags, purchases) call it without knowing who listens, so none of them
 * depends on the feature that reacts.
 *
 * <p>Public only so that crmkit's feature packages can share it; hosts do not use it.
 */
public interface CustomerChangeHook {

    /**
     * A customer the caller has just read or written changed.
     *
     * @param tx the change's transaction
     * @param customer the customer as stored now
     * @param actor who made the change
     * @param at when
     */
    void changed(StorageTransaction tx, Customer customer, UserId actor, Instant at);

    /**
     * Data about a customer changed (its purchases, say) and the caller has not read the customer.
     *
     * @param tx the change's transaction
     * @param customer the customer
     * @param actor who made the change
     * @param at when
     */
    void changed(StorageTransaction tx, CustomerId customer, UserId actor, Instant at);
}
