package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CrmSession;
import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerView;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.followup.CancelFollowUp;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.OpenTasks;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.interaction.LogInteraction;
import io.crmkit.interaction.RecentInteractions;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseOverview;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.shared.Money;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The customer view on the adapter under test: one call gives the profile, the newest history,
 * and each feature's part — open tasks, recent interactions, purchase figures — with a fixed
 * number of storage calls however much the customer has, and each list continues page by page
 * where the view stops. Subclass it and implement {@link #storage()}.
 */
public abstract class CustomerViewContract {
    /** Customer, history, and one call per part: open tasks, interactions, purchases. */
    private static final int PORT_CALLS = 5;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private PortCallCounter counter;
    private TenantId tenant;
    private CrmSession rep;

    /** Creates the subject. */
    protected CustomerViewContract() {
    }

    /**
     * The storage under test; may be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit over the storage, counting its port calls, in a fresh tenant. */
    @BeforeEach
    void wire() {
        counter = new PortCallCounter(storage());
        tenant = ServiceFixtures.freshTenant();
        rep = new ServiceFixtures(counter).rep(tenant, "u-1");
    }

    /** A customer with {@code n} open tasks, one cancelled, {@code n} interactions and {@code n} purchases. */
    private CustomerId customerWith(int n) {
        CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("Viewed " + n));
        for (int i = 0; i < n; i++) {
            rep.followUps().create(NewFollowUp.of(id, "phone", "call back " + i,
                    ServiceFixtures.START.plus(Duration.ofHours(n - i))));
            rep.interactions().log(new LogInteraction(id, InteractionInput.of("call",
                    ServiceFixtures.START.minus(Duration.ofMinutes(i + 1L)), "spoke " + i)));
            rep.purchases().record(new RecordPurchase(id, "SO-" + id + "-" + i, TODAY.minusDays(i * 100L),
                    Money.of(100 * (i + 1) + ".00", "CNY")));
        }
        FollowUp dropped = rep.followUps().create(NewFollowUp.of(id, "visit", "dropped",
                ServiceFixtures.START.plus(Duration.ofDays(3))));
        rep.followUps().cancel(new CancelFollowUp(dropped.id(), dropped.version(), "not needed"));
        return id;
    }

    @Test
    @DisplayName("the view holds every feature's part: open tasks, newest interactions, twelve months' figures")
    void holdsEveryFeaturesPart() {
        CustomerId id = customerWith(3);
        CustomerView view = rep.customers().view(id);

        assertThat(view.customer().id()).isEqualTo(id);
        OpenTasks tasks = view.part(OpenTasks.class).orElseThrow();
        assertThat(tasks.tasks().items()).extracting(FollowUp::content)
                .containsExactly("call back 2", "call back 1", "call back 0");
        assertThat(tasks.tasks().hasNext()).isFalse();
        RecentInteractions interactions = view.part(RecentInteractions.class).orElseThrow();
        assertThat(interactions.interactions().items()).extracting(Interaction::summary)
                .containsExactly("spoke 0", "spoke 1", "spoke 2");
        PurchaseOverview purchases = view.part(PurchaseOverview.class).orElseThrow();
        // Today, 100 and 200 days ago are inside the last twelve months: 100 + 200 + 300.
        assertThat(purchases.lastTwelveMonths().orders()).isEqualTo(3);
        assertThat(purchases.lastTwelveMonths().spend()).isEqualTo(Money.of("600.00", "CNY"));
        assertThat(purchases.newest()).extracting(Purchase::purchasedOn)
                .containsExactly(TODAY, TODAY.minusDays(100), TODAY.minusDays(200));
    }

    @Test
    @DisplayName("the view makes the same number of storage calls for a customer with 2 or 40 of everything")
    void boundedStorageCalls() {
        CustomerId small = customerWith(2);
        CustomerId large = customerWith(40);

        counter.reset();
        rep.customers().view(small);
        assertThat(counter.calls()).isEqualTo(PORT_CALLS);
        counter.reset();
        CustomerView view = rep.customers().view(large);
        assertThat(counter.calls()).isEqualTo(PORT_CALLS);

        assertThat(view.part(OpenTasks.class).orElseThrow().tasks().items()).hasSize(OpenTasks.SIZE);
        assertThat(view.part(RecentInteractions.class).orElseThrow().interactions().items())
                .hasSize(RecentInteractions.SIZE);
        PurchaseOverview purchases = view.part(PurchaseOverview.class).orElseThrow();
        assertThat(purchases.newest()).hasSize(PurchaseOverview.SIZE);
        // One every 100 days back from today: 0, 100, 200 and 300 days ago are inside the window.
        assertThat(purchases.lastTwelveMonths().orders()).isEqualTo(4);
    }

    @Test
    @DisplayName("tasks, interactions and history continue page by page where the view stops, without gaps or repeats")
    void eachListContinuesWhereTheViewStops() {
        CustomerId id = customerWith(25);
        Customer c = rep.customers().get(id);
        for (int i = 0; i < 25; i++) {
            c = rep.customers().update(new UpdateCustomer(id, c.version(), c.details().toBuilder().region("r-" + i).build()));
        }
        CustomerView view = rep.customers().view(id);

        List<FollowUp> tasks = rest(view.part(OpenTasks.class).orElseThrow().tasks(),
                cursor -> rep.followUps().openOfCustomer(id, PageRequest.after(7, cursor)));
        assertThat(tasks).hasSize(25).isSortedAccordingTo(Comparator.comparing(FollowUp::plannedAt))
                .extracting(FollowUp::content).doesNotContain("dropped");
        List<Interaction> interactions = rest(view.part(RecentInteractions.class).orElseThrow().interactions(),
                cursor -> rep.interactions().of(id, PageRequest.after(7, cursor)));
        assertThat(interactions).hasSize(25)
                .isSortedAccordingTo(Comparator.comparing(Interaction::occurredAt).reversed());
        List<AuditEntry> history = rest(view.history(), cursor -> rep.customers().history(id, PageRequest.after(7, cursor)));
        List<AuditEntry> all = ServiceFixtures.allPages(50, page -> rep.customers().history(id, page));
        assertThat(history).hasSizeGreaterThan(view.history().items().size()).containsExactlyElementsOf(all);
    }

    /** The view's first page followed by every later page, checking that no item repeats. */
    private static <T> List<T> rest(Page<T> first, Function<String, Page<T>> next) {
        List<T> items = new ArrayList<>(first.items());
        Page<T> page = first;
        while (page.next().isPresent()) {
            page = next.apply(page.next().get());
            items.addAll(page.items());
        }
        Set<T> distinct = new HashSet<>(items);
        assertThat(distinct).hasSameSizeAs(items);
        return items;
    }
}
