package io.crmkit.followup.internal;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerViewPart;
import io.crmkit.view.service.CustomerViewSource;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUps;
import io.crmkit.followup.OpenTasks;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.StorageTransaction;
import java.time.LocalDate;

/** Puts the customer's open follow-up tasks in its view: one search. */
public final class OpenTasksViewSource implements CustomerViewSource {
    /** Creates the source; it holds no state. */
    public OpenTasksViewSource() {
    }

    @Override
    public CustomerViewPart part(StorageTransaction tx, Customer customer, LocalDate today, CrmConfiguration configuration) {
        return new OpenTasks(tx.port(FollowUps.class).search(FollowUpQuery.openOfCustomer(customer.id()),
                PageRequest.first(OpenTasks.SIZE)));
    }
}
