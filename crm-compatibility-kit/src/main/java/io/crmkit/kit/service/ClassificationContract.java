package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.classification.ReclassificationReport;
import io.crmkit.classification.ValueAssessment;
import io.crmkit.config.ConfigurationException;
import io.crmkit.config.ConfigurationProblem;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.purchase.CancelPurchase;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.Money;
import io.crmkit.shared.TenantId;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.storage.Storage;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Classification and value assessment with the sample configuration, end to end on the adapter
 * under test: value tiers at their exact boundaries, urgency following intent and stage, value
 * groups with their treatments as events, batch reclassification of a tenant, RFM quintiles,
 * and broken rules refused when crmkit starts. Subclass it and implement {@link #storage()}.
 */
public abstract class ClassificationContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    private TenantId tenant;
    private CrmSession rep;
    private CrmSession admin;

    /** Creates the subject. */
    protected ClassificationContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    private Crm crm(CrmConfiguration configuration) {
        return Crm.builder().storage(storage()).clock(CLOCK).configuration(configuration).build();
    }

    /** crmkit with the sample configuration (its classifications and value assessment) in a fresh tenant. */
    @BeforeEach
    void wire() {
        Crm crm = crm(CrmConfiguration.defaults());
        tenant = ServiceFixtures.freshTenant();
        rep = crm.session(tenant, Principal.user("u-1", RoleName.SALES_REP), Locale.ENGLISH);
        admin = crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH);
    }

    private CustomerId buyer(String name, String... amounts) {
        CustomerId id = rep.customers().create(ServiceFixtures.newCustomer(name));
        for (int i = 0; i < amounts.length; i++) {
            rep.purchases().record(new RecordPurchase(id, name + "-" + i, TODAY.minusDays(10 + i), Money.of(amounts[i], "CNY")));
        }
        return id;
    }

    private String tag(CustomerId id, String dimension) {
        return rep.tags().of(id).stream().filter(t -> t.dimension().equals(dimension)).map(Tag::value).findFirst().orElse("");
    }

    private List<OutboxMessage> classified() {
        return storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10_000)).stream()
                .filter(m -> m.eventType().equals("Classified")).toList();
    }

    @Test
    @DisplayName("value tier by spend over 12 months: 100,000 is high, 50,000 is mid, below is normal")
    void valueTierBoundaries() {
        assertThat(tag(buyer("exactly high", "60000", "40000"), "value_tier")).isEqualTo("high");
        assertThat(tag(buyer("just below high", "99999.99"), "value_tier")).isEqualTo("mid");
        assertThat(tag(buyer("exactly mid", "50000"), "value_tier")).isEqualTo("mid");
        assertThat(tag(buyer("just below mid", "49999.99"), "value_tier")).isEqualTo("normal");
        assertThat(tag(buyer("nothing"), "value_tier")).isEqualTo("normal");
    }

    @Test
    @DisplayName("reclassifies when a purchase is recorded or cancelled, with an event carrying the note")
    void followsPurchases() {
        CustomerId id = buyer("grows", "60000");
        assertThat(tag(id, "value_tier")).isEqualTo("mid");
        rep.purchases().record(new RecordPurchase(id, "big", TODAY, Money.of("40000", "CNY")));
        assertThat(tag(id, "value_tier")).isEqualTo("high");
        assertThat(classified()).anySatisfy(m -> assertThat(m.payload()).contains("\"dimension\":\"value_tier\"",
                "\"from\":\"mid\"", "\"to\":\"high\"", "100,000 or more"));
        rep.purchases().cancel(new CancelPurchase("big", "returned"));
        assertThat(tag(id, "value_tier")).isEqualTo("mid");
    }

    @Test
    @DisplayName("urgency follows intent and stage: urgent, normal, or a long-term latent need")
    void urgency() {
        CustomerId id = buyer("lead");
        assertThat(tag(id, "urgency")).isEqualTo("long_term");
        rep.tags().change(ChangeTags.add(id, Tag.of("stage", "needs_analysis")));
        assertThat(tag(id, "urgency")).isEqualTo("normal");
        rep.tags().change(ChangeTags.add(id, Tag.of("intent", "high_intent")));
        assertThat(tag(id, "urgency")).isEqualTo("urgent");
        assertThat(classified()).anySatisfy(m -> assertThat(m.payload()).contains("respond within 24 h"));
    }

    @Test
    @DisplayName("scores value and puts the customer in a group with its treatment")
    void valueGroups() {
        CustomerId big = buyer("big", "200000", "1000", "1000", "1000", "1000", "1000", "1000", "1000", "1000", "1000",
                "1000", "1000");
        rep.purchases().record(new RecordPurchase(big, "with margin", TODAY, Money.of("60000", "CNY"),
                Optional.of(Money.of("50000", "CNY")), List.of()));
        ValueAssessment a = rep.classification().assess(big).orElseThrow();
        assertThat(a.score()).isGreaterThanOrEqualTo(new BigDecimal("70"));
        assertThat(a.group()).isEqualTo("high_value");
        assertThat(tag(big, "value_group")).isEqualTo("high_value");
        assertThat(classified()).anySatisfy(m -> assertThat(m.payload()).contains("assign a dedicated account manager"));
        CustomerId none = buyer("none");
        assertThat(rep.classification().assess(none).orElseThrow().score()).isEqualByComparingTo("0");
        assertThat(tag(none, "value_group")).isEqualTo("low_value");
    }

    @Test
    @DisplayName("reclassifies a whole tenant page by page and reports the moves (administrators only)")
    void batch() {
        // Stored behind the services' back, so not yet classified.
        storage().inTransaction(tenant, tx -> {
            for (int i = 0; i < 1200; i++) {
                tx.port(Customers.class).insert(ContractFixtures.minimal("bulk " + i));
            }
            return null;
        });
        assertThatThrownBy(() -> rep.classification().reclassifyAll()).isInstanceOf(AccessDeniedException.class);
        ReclassificationReport report = admin.classification().reclassifyAll();
        assertThat(report.customers()).isEqualTo(1200);
        assertThat(report.changed()).isEqualTo(1200);
        assertThat(report.transitions()).containsEntry("value_tier: - -> normal", 1200L)
                .containsEntry("urgency: - -> long_term", 1200L).containsEntry("value_group: - -> low_value", 1200L);
        assertThat(admin.classification().reclassifyAll().changed()).isZero();
    }

    @Test
    @DisplayName("scores by RFM quintiles of the tenant's customers")
    void rfm() {
        Crm crm = crm(CrmConfiguration.parse("""
                valueAssessment:
                  tag: value_group
                  method: RFM_QUINTILES
                  groups:
                    - {value: high_value, minScore: 75, treatment: key account}
                    - {value: normal, minScore: 25, treatment: standard}
                    - {value: low_value, minScore: 0, treatment: newsletter}
                """));
        CrmSession s = crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH);
        rep = s;
        CustomerId best = buyer("best", "9000", "9000", "9000", "9000", "9000");
        for (int i = 0; i < 8; i++) {
            buyer("small " + i, "10");
        }
        CustomerId never = buyer("never");
        s.classification().reclassifyAll();
        assertThat(tag(best, "value_group")).isEqualTo("high_value");
        assertThat(tag(never, "value_group")).isEqualTo("low_value");
    }

    @Test
    @DisplayName("refuses to start with a classification rule that does not check, naming its path")
    void brokenRules() {
        CrmConfiguration broken = CrmConfiguration.parse("""
                classification:
                  - tag: value_tier
                    rules:
                      - {value: high, when: 'spend(12 months) >= 100000 USD'}
                      - {value: mid, when: 'tag(colour) = "red"'}
                """);
        assertThatThrownBy(() -> crm(broken)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path)
                        .containsExactly("classification[0].rules[0].when", "classification[0].rules[1].when"));
    }
}
