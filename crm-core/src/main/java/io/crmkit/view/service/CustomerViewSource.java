package io.crmkit.view.service;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerViewPart;
import io.crmkit.storage.StorageTransaction;
import java.time.LocalDate;

/**
 * How a feature contributes its part to the customer view. The view asks every registered
 * source inside its one transaction, after loading the customer and checking that the user may
 * see it; a source makes a fixed number of storage calls (one, for the sources crmkit has), so
 * the view's cost does not grow with the number of sources' items.
 */
public interface CustomerViewSource {
    /**
     * Reads this feature's part of a customer's view.
     *
     * @param tx the view's transaction, scoped to the customer's tenant
     * @param customer the customer, loaded and visible to the user
     * @param today the session's date in the deployment's zone
     * @param configuration the deployment's configuration
     * @return the part
     */
    CustomerViewPart part(StorageTransaction tx, Customer customer, LocalDate today, CrmConfiguration configuration);
}
