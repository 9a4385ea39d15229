package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomerId;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.purchase.CancelPurchase;
import io.crmkit.purchase.CorrectPurchase;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseFigures;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.PurchaseLine;
import io.crmkit.purchase.PurchaseStatus;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The purchase service, end to end on the adapter under test: recording (idempotent by order
 * reference), currency conversion with the host's rates, corrections, cancellations, figures
 * over windows, validation and access. The fixtures' clock says 2026-11-23 (Asia/Shanghai).
 * Subclass it and implement {@link #storage()}.
 */
public abstract class PurchaseServiceContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TrailingWindow TWELVE_MONTHS = new TrailingWindow(12, PeriodUnit.MONTHS);

    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;
    private CustomerId customer;

    /** Creates the subject. */
    protected PurchaseServiceContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit over the storage, opens a session in a fresh tenant and creates a customer. */
    @BeforeEach
    void wire() {
        fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
        rep = fixtures.rep(tenant, "u-1");
        customer = rep.customers().create(ServiceFixtures.newCustomer("buyer"));
    }

    private RecordPurchase order(String reference, LocalDate on, String cny) {
        return new RecordPurchase(customer, reference, on, Money.of(cny, "CNY"));
    }

    @Test
    @DisplayName("records a purchase with margin and lines and reads it back exactly")
    void recordsAndReads() {
        RecordPurchase cmd = new RecordPurchase(customer, "SO-1", TODAY, Money.of("1250.50", "CNY"),
                Optional.of(Money.of("-20.25", "CNY")), List.of(
                        new PurchaseLine("P-1", "钢材 steel", new BigDecimal("2.50"), Money.of("500", "CNY")),
                        new PurchaseLine("P-2", "", BigDecimal.ONE, Money.of("0", "CNY"))));
        PurchaseId id = rep.purchases().record(cmd);
        Purchase p = rep.purchases().find("SO-1").orElseThrow();
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.amount()).isEqualTo(Money.of("1250.50", "CNY"));
        assertThat(p.baseAmount()).isEqualTo(Money.of("1250.50", "CNY"));
        assertThat(p.margin()).contains(Money.of("-20.25", "CNY"));
        assertThat(p.exchangeRate()).isEqualByComparingTo("1");
        assertThat(p.lines()).isEqualTo(cmd.lines());
        assertThat(p.lines().get(0).quantity()).isEqualTo(new BigDecimal("2.5"));
        assertThat(p.status()).isEqualTo(PurchaseStatus.ACTIVE);
        assertThat(p.version()).isEqualTo(1);
        assertThat(rep.purchases().of(customer)).containsExactly(p);
        assertThat(rep.customers().history(customer, PageRequest.first(10)).items().get(0).action())
                .isEqualTo("purchase.recorded");
        List<OutboxMessage> messages = storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(100));
        assertThat(messages).anySatisfy(m -> assertThat(m.eventType()).isEqualTo("PurchaseChanged"));
    }

    @Test
    @DisplayName("records the same order twice as once, and refuses the reference with other content")
    void idempotentByReference() {
        PurchaseId first = rep.purchases().record(order("SO-1", TODAY, "100"));
        assertThat(rep.purchases().record(order("SO-1", TODAY, "100.00"))).isEqualTo(first);
        assertThat(rep.purchases().of(customer)).hasSize(1);
        assertThat(rep.customers().history(customer, PageRequest.first(10)).items())
                .filteredOn(e -> e.action().startsWith("purchase.")).hasSize(1);
        assertThatThrownBy(() -> rep.purchases().record(order("SO-1", TODAY, "200")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("converts another currency with the host's rate, and refuses one without a rate")
    void converts() {
        rep.purchases().record(new RecordPurchase(customer, "SO-USD", TODAY, Money.of("100.00", "USD"),
                Optional.of(Money.of("10.01", "USD")), List.of()));
        Purchase p = rep.purchases().find("SO-USD").orElseThrow();
        assertThat(p.amount()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(p.baseAmount()).isEqualTo(Money.of("710.00", "CNY"));
        assertThat(p.baseMargin()).contains(Money.of("71.07", "CNY"));
        assertThat(p.exchangeRate()).isEqualByComparingTo("7.1");
        RecordPurchase eur = new RecordPurchase(customer, "SO-EUR", TODAY, Money.of("5", "EUR"));
        assertThatThrownBy(() -> rep.purchases().record(eur)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.paths()).containsExactly("amount.currency");
                    assertThat(e.getMessage()).contains("EUR", "CNY", "2026-11-23");
                });
        assertThat(rep.purchases().find("SO-EUR")).isEmpty();
    }

    @Test
    @DisplayName("lists every problem of a purchase with its path")
    void validates() {
        RecordPurchase bad = new RecordPurchase(customer, " ", TODAY, Money.of("-1", "CNY"),
                Optional.of(Money.of("1", "USD")), List.of(new PurchaseLine("", "x", BigDecimal.ZERO, Money.of("1", "USD"))));
        assertThatThrownBy(() -> rep.purchases().record(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                        tuple("orderReference", "blank"), tuple("lines[0].productCode", "blank")));
        RecordPurchase badAmounts = new RecordPurchase(customer, "SO-2", TODAY, Money.of("-1", "CNY"),
                Optional.of(Money.of("1", "USD")), List.of(new PurchaseLine("P", "x", BigDecimal.ONE, Money.of("1", "USD"))));
        assertThatThrownBy(() -> rep.purchases().record(badAmounts)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("amount", "amount.negative"), tuple("margin", "currency.mismatch"),
                        tuple("lines[0].unitPrice", "currency.mismatch")));
        assertThat(rep.purchases().of(customer)).isEmpty();
    }

    @Test
    @DisplayName("corrects a purchase, then cancels it; a cancelled purchase no longer counts and cannot be corrected")
    void correctsAndCancels() {
        rep.purchases().record(order("SO-1", TODAY, "100"));
        Purchase corrected = rep.purchases().correct(new CorrectPurchase("SO-1", TODAY.minusDays(1),
                Money.of("90", "CNY"), Optional.empty(), List.of(), "price agreed lower"));
        assertThat(corrected.amount()).isEqualTo(Money.of("90", "CNY"));
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.note()).contains("price agreed lower");
        assertThat(rep.purchases().find("SO-1")).contains(corrected);
        assertThat(rep.purchases().figures(customer, TWELVE_MONTHS).spend()).isEqualTo(Money.of("90", "CNY"));

        Purchase cancelled = rep.purchases().cancel(new CancelPurchase("SO-1", "returned"));
        assertThat(cancelled.status()).isEqualTo(PurchaseStatus.CANCELLED);
        assertThat(rep.purchases().cancel(new CancelPurchase("SO-1", "again"))).isEqualTo(cancelled);
        assertThat(rep.purchases().figures(customer, TWELVE_MONTHS).orders()).isZero();
        assertThatThrownBy(() -> rep.purchases().correct(new CorrectPurchase("SO-1", TODAY, Money.of("1", "CNY"),
                Optional.empty(), List.of(), "x"))).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> rep.purchases().cancel(new CancelPurchase("SO-404", "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("computes figures over trailing and calendar windows with their documented boundaries")
    void figures() {
        rep.purchases().record(order("in-today", TODAY, "300"));
        rep.purchases().record(order("in-first-day", LocalDate.of(2025, 11, 24), "100"));
        rep.purchases().record(order("previous-window", LocalDate.of(2025, 11, 23), "200"));
        rep.purchases().record(new RecordPurchase(customer, "in-with-margin", LocalDate.of(2026, 1, 1),
                Money.of("200", "CNY"), Optional.of(Money.of("50", "CNY")), List.of()));
        PurchaseFigures f = rep.purchases().figures(customer, TWELVE_MONTHS);
        assertThat(f.spend()).isEqualTo(Money.of("600", "CNY"));
        assertThat(f.orders()).isEqualTo(3);
        assertThat(f.averageOrder()).contains(Money.of("200", "CNY"));
        assertThat(f.margin()).isEqualTo(Money.of("50", "CNY"));
        assertThat(f.growth()).contains(new BigDecimal("200.00"));
        assertThat(f.averageDaysBetweenOrders()).contains(new BigDecimal("182.0"));
        assertThat(f.firstPurchase()).contains(LocalDate.of(2025, 11, 23));
        assertThat(f.lastPurchase()).contains(TODAY);
        assertThat(f.tenureDays()).isEqualTo(365);
        PurchaseFigures thisYear = rep.purchases().figures(customer, CalendarWindow.THIS_YEAR);
        assertThat(thisYear.spend()).isEqualTo(Money.of("500", "CNY"));
        assertThat(thisYear.growth()).contains(new BigDecimal("150.00"));
        PurchaseFigures lastYear = rep.purchases().figures(customer, CalendarWindow.LAST_YEAR);
        assertThat(lastYear.spend()).isEqualTo(Money.of("300", "CNY"));
        assertThat(lastYear.growth()).isEmpty();
        assertThat(rep.purchases().figures(customer, CalendarWindow.ALL_TIME).spend()).isEqualTo(Money.of("800", "CNY"));
    }

    @Test
    @DisplayName("refuses a user who may not edit the customer, and an unknown customer")
    void access() {
        CrmSession other = fixtures.rep(tenant, "u-2");
        assertThatThrownBy(() -> other.purchases().record(order("SO-1", TODAY, "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rep.purchases().of(customer)).isEmpty();
        assertThat(fixtures.admin(tenant).purchases().record(order("SO-1", TODAY, "1"))).isNotNull();
        RecordPurchase unknown = new RecordPurchase(new CustomerId(UUID.randomUUID()), "SO-2", TODAY, Money.of("1", "CNY"));
        assertThatThrownBy(() -> rep.purchases().record(unknown)).isInstanceOf(NotFoundException.class);
        CrmSession otherTenant = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThat(otherTenant.purchases().find("SO-1")).isEmpty();
    }
}
