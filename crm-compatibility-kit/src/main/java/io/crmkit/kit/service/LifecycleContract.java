package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.FieldChange;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.ChangeLifecycleStatus;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.WonDeals;
import io.crmkit.shared.CrmException;
import io.crmkit.shared.IllegalTransitionException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The customer lifecycle as a configured state machine, end to end on the adapter under test:
 * allowed transitions, illegal ones refused with the allowed next statuses, guards (a reason to
 * enter "lost", a won deal or an administrator to enter "won"), the reason in the audit trail; and a jqwik
 * property running random sequences of changes against a model of the machine. Subclass it and
 * implement {@link #storage()}.
 */
public abstract class LifecycleContract {
    /** The sample machine of the follow-up issue. */
    public static final String MACHINE = """
            lifecycle:
              statuses: [prospect, intent, proposal_negotiation, won, lost, on_trial]
              initial: prospect
              transitions:
                prospect: [intent, on_trial, lost]
                on_trial: [intent, lost]
                intent: [proposal_negotiation, lost]
                proposal_negotiation: [won, lost, intent]
                won: []
                lost: [prospect]
              guards:
                lost: {reasonRequired: true}
                won: {wonDealOrAdministrator: true}
            """;
    private static final List<String> STATUSES = List.of("prospect", "intent", "proposal_negotiation", "won", "lost",
            "on_trial");

    /** Creates the subject. */
    protected LifecycleContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    private CrmSession[] sessions() {
        return sessions(WonDeals.none());
    }

    private CrmSession[] sessions(WonDeals deals) {
        Crm crm = Crm.builder().storage(storage()).clock(Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC))
                .configuration(CrmConfiguration.parse(MACHINE)).wonDeals(deals).build();
        TenantId tenant = ServiceFixtures.freshTenant();
        return new CrmSession[] {crm.session(tenant, Principal.user("u-1", RoleName.SALES_REP), Locale.ENGLISH),
            crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH)};
    }

    @Test
    void followsTheConfiguredMachine() {
        CrmSession[] s = sessions();
        CrmSession rep = s[0];
        CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("lead"));
        assertThat(rep.customers().get(id).lifecycleStatus()).isEqualTo("prospect");
        rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 1, "intent"));
        assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 2, "on_trial")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo("intent");
                    assertThat(e.allowed()).containsExactly("proposal_negotiation", "lost");
                    assertThat(e.getMessage()).contains("allowed next: proposal_negotiation, lost");
                });
        assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 2, "lost")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("reason"));
        Customer lost = rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 2, "lost",
                Optional.of("chose a competitor")));
        assertThat(lost.lifecycleStatus()).isEqualTo("lost");
        AuditEntry entry = rep.customers().history(id, PageRequest.first(10)).items().stream()
                .filter(e -> e.action().equals("customer.lifecycle_changed")).findFirst().orElseThrow();
        assertThat(entry.changes()).contains(new FieldChange("lifecycleReason", Optional.empty(),
                Optional.of("chose a competitor")));
        rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 3, "prospect"));
        rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 4, "intent"));
        rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 5, "proposal_negotiation"));
        assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 6, "won")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("no won deal");
        assertThat(s[1].customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 6, "won")).version()).isEqualTo(7);
        assertThatThrownBy(() -> s[1].customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 7, "lost",
                Optional.of("x")))).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).isEmpty());
    }

    @Test
    void aWonDealLetsTheOwnerEnterWon() {
        CustomerId[] dealt = new CustomerId[1];
        CrmSession rep = sessions((tenant, customer) -> customer.equals(dealt[0]))[0];
        CustomerId withDeal = rep.customers().create(ServiceFixtures.newCustomer("closed"));
        CustomerId without = rep.customers().create(ServiceFixtures.newCustomer("open"));
        dealt[0] = withDeal;
        for (CustomerId id : List.of(withDeal, without)) {
            rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 1, "intent"));
            rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 2, "proposal_negotiation"));
        }
        assertThat(rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(withDeal, 3, "won")).lifecycleStatus())
                .isEqualTo("won");
        assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(without, 3, "won")))
                .isInstanceOf(InvalidStateException.class);
        assertThat(rep.customers().get(without).lifecycleStatus()).isEqualTo("proposal_negotiation");
        assertThat(rep.customers().get(without).version()).isEqualTo(3);
    }

    /**
     * Random sequences of changes, by a rep or an administrator, with or without a reason: the
     * stored status always equals the model's, no illegal change is accepted, every accepted
     * change adds one lifecycle history entry and one version, refused ones add nothing.
     *
     * @param actions the changes to try
     */
    @Property(tries = 40)
    void randomChangesKeepTheInvariants(@ForAll("actions") List<Action> actions) {
        CrmSession[] s = sessions();
        CustomerId id = s[0].customers().create(ServiceFixtures.newCustomer("walker"));
        String status = "prospect";
        long version = 1;
        int history = lifecycleEntries(s[0], id);
        for (Action a : actions) {
            CrmSession who = a.admin() ? s[1] : s[0];
            boolean legal = next(status).contains(a.to()) && (!a.to().equals("lost") || a.reason())
                    && (!a.to().equals("won") || a.admin());
            Statistics.collect(legal ? "legal" : "refused");
            try {
                Customer c = who.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, version, a.to(),
                        a.reason() ? Optional.of("because") : Optional.empty()));
                assertThat(legal).as("accepted %s from %s", a, status).isTrue();
                status = a.to();
                version++;
                history++;
                assertThat(c.version()).isEqualTo(version);
            } catch (IllegalTransitionException | ValidationException | InvalidStateException e) {
                assertThat(legal).as("refused %s from %s: %s", a, status, e.getMessage()).isFalse();
            } catch (CrmException e) {
                throw new AssertionError("unexpected " + e, e);
            }
            Customer stored = s[0].customers().get(id);
            assertThat(stored.lifecycleStatus()).isEqualTo(status);
            assertThat(stored.version()).isEqualTo(version);
            assertThat(lifecycleEntries(s[0], id)).isEqualTo(history);
        }
    }

    private static int lifecycleEntries(CrmSession s, CustomerId id) {
        return (int) s.customers().history(id, PageRequest.first(1000)).items().stream()
                .filter(e -> e.action().equals("customer.lifecycle_changed")).count();
    }

    private static List<String> next(String from) {
        return switch (from) {
            case "prospect" -> List.of("intent", "on_trial", "lost");
            case "on_trial" -> List.of("intent", "lost");
            case "intent" -> List.of("proposal_negotiation", "lost");
            case "proposal_negotiation" -> List.of("won", "lost", "intent");
            case "lost" -> List.of("prospect");
            default -> List.of();
        };
    }

    /**
     * One attempted change.
     *
     * @param to the status asked for
     * @param reason whether a reason is given
     * @param admin whether an administrator asks
     */
    record Action(String to, boolean reason, boolean admin) {
    }

    /** {@return up to 25 attempted changes} */
    @Provide
    Arbitrary<List<Action>> actions() {
        return Combinators.combine(Arbitraries.of(STATUSES), Arbitraries.of(true, false), Arbitraries.of(true, false, false))
                .as(Action::new).list().ofMaxSize(25);
    }
}
