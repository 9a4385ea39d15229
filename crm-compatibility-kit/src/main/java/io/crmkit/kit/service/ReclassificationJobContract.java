package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.audit.AuditEntry;
import io.crmkit.classification.service.ReclassificationJob;
import io.crmkit.customer.CustomerId;
import io.crmkit.kit.MovableClock;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.service.JobReport;
import io.crmkit.schedule.service.JobRunner;
import io.crmkit.shared.Money;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.tag.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reclassification job with the sample classifications: a value tier that depends on spend
 * over the last 12 months moves on the next run once time alone has moved a purchase out of the
 * window — no host call but {@code runDue()} — and a customer whose tags still match gets no
 * change, audit entry or event. Subclass it and implement {@link #storage()}.
 */
public abstract class ReclassificationJobContract {
    /** 2026-11-23T16:00 in Asia/Shanghai; the purchase windows count in that zone. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Creates the contract. */
    protected ReclassificationJobContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    private static String tier(CrmSession s, CustomerId id) {
        return s.tags().of(id).stream().filter(t -> t.dimension().equals("value_tier")).map(Tag::value).findFirst()
                .orElse("");
    }

    private List<OutboxMessage> classified(TenantId tenant) {
        return storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10_000)).stream()
                .filter(m -> m.eventType().equals("Classified")).toList();
    }

    @Test
    @DisplayName("a tier that time alone changes moves on the next run; an unchanged customer gets no entry")
    void timeAloneMovesTheTier() {
        MovableClock clock = MovableClock.at(ServiceFixtures.START);
        Crm crm = JobFixtures.crm(storage(), clock, "");
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession rep = crm.session(tenant, Principal.user("u-1", RoleName.SALES_REP), Locale.ENGLISH);
        CustomerId drifting = rep.customers().create(ServiceFixtures.newCustomer("bought 11 months ago"));
        rep.purchases().record(new RecordPurchase(drifting, "big order", TODAY.minusMonths(11),
                Money.of("120000", "CNY")));
        CustomerId steady = rep.customers().create(ServiceFixtures.newCustomer("never bought"));
        assertThat(tier(rep, drifting)).isEqualTo("high");
        assertThat(tier(rep, steady)).isEqualTo("normal");

        try (JobRunner runner = JobFixtures.runner(crm, "nightly", Set.of(tenant))) {
            List<AuditEntry> driftingBefore = JobFixtures.classifiedEntries(crm, tenant, drifting);
            List<AuditEntry> steadyBefore = JobFixtures.classifiedEntries(crm, tenant, steady);
            int eventsBefore = classified(tenant).size();

            JobReport first = runner.runDue();
            assertThat(first.runs()).singleElement().satisfies(r -> {
                assertThat(r.run().status()).isEqualTo(JobRunStatus.FINISHED);
                assertThat(r.run().processed()).isEqualTo(2);
            });
            assertThat(JobFixtures.classifiedEntries(crm, tenant, drifting)).as("nothing has changed yet")
                    .isEqualTo(driftingBefore);
            assertThat(classified(tenant)).hasSize(eventsBefore);

            // Two months on, the purchase is 13 months old: outside the 12-month window.
            clock.advance(Duration.ofDays(61));
            assertThat(tier(rep, drifting)).as("nothing moves it but the job").isEqualTo("high");
            JobReport later = runner.runDue();
            assertThat(later.runs()).singleElement().satisfies(r -> assertThat(r.run().processed()).isEqualTo(2));

            assertThat(tier(rep, drifting)).isEqualTo("normal");
            List<AuditEntry> driftingAfter = JobFixtures.classifiedEntries(crm, tenant, drifting);
            assertThat(driftingAfter).hasSize(driftingBefore.size() + 1);
            AuditEntry entry = driftingAfter.get(0);
            assertThat(entry.actor()).isEqualTo(ReclassificationJob.ACTOR);
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(entry.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("tags.value_tier");
                assertThat(c.before()).contains("high");
                assertThat(c.after()).contains("normal");
            });
            assertThat(classified(tenant)).anySatisfy(m -> assertThat(m.payload())
                    .contains("\"dimension\":\"value_tier\"", "\"from\":\"high\"", "\"to\":\"normal\""));

            assertThat(tier(rep, steady)).isEqualTo("normal");
            assertThat(JobFixtures.classifiedEntries(crm, tenant, steady)).as("unchanged: no entry")
                    .isEqualTo(steadyBefore);
        }
    }
}
