package io.crmkit.interaction.internal;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerViewPart;
import io.crmkit.view.service.CustomerViewSource;
import io.crmkit.interaction.Interactions;
import io.crmkit.interaction.RecentInteractions;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.StorageTransaction;
import java.time.LocalDate;

/** Puts the customer's newest interactions in its view: one page read. */
public final class RecentInteractionsViewSource implements CustomerViewSource {
    /** Creates the source; it holds no state. */
    public RecentInteractionsViewSource() {
    }

    @Override
    public CustomerViewPart part(StorageTransaction tx, Customer customer, LocalDate today, CrmConfiguration configuration) {
        return new RecentInteractions(tx.port(Interactions.class).ofCustomer(customer.id(),
                PageRequest.first(RecentInteractions.SIZE)));
    }
}
