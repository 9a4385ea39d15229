package io.crmkit.purchase.internal;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerViewPart;
import io.crmkit.view.service.CustomerViewSource;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseFigures;
import io.crmkit.purchase.PurchaseOverview;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.storage.StorageTransaction;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the customer's purchase figures and newest purchases in its view: one read of its
 * purchases, from which both are computed.
 */
public final class PurchaseOverviewSource implements CustomerViewSource {
    private static final TrailingWindow TWELVE_MONTHS = new TrailingWindow(12, PeriodUnit.MONTHS);
    private static final Comparator<Purchase> NEWEST_FIRST = Comparator.comparing(Purchase::purchasedOn)
            .thenComparing(Purchase::recordedAt).reversed();

    /** Creates the source; it holds no state. */
    public PurchaseOverviewSource() {
    }

    @Override
    public CustomerViewPart part(StorageTransaction tx, Customer customer, LocalDate today, CrmConfiguration configuration) {
        List<Purchase> all = tx.port(Purchases.class).ofCustomer(customer.id());
        PurchaseFigures figures = PurchaseFigures.of(all, TWELVE_MONTHS, today, configuration.locale().currency());
        return new PurchaseOverview(figures, all.stream().sorted(NEWEST_FIRST).limit(PurchaseOverview.SIZE).toList());
    }
}
