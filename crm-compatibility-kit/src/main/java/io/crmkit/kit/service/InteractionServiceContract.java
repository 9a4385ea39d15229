package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.ReassignOwner;
import io.crmkit.interaction.CorrectInteraction;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.interaction.LogInteraction;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.kit.ContractArbitraries;
import io.crmkit.kit.HostileText;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The interaction log, end to end on the adapter under test: logging with participants and links
 * reads back exactly, records the customer's last contact (which segment rules see) and writes an
 * event; corrections are versioned and audited; deletion is audited; validation names every field;
 * access (view to log, recorder / owner / administrator to change); tenant isolation; paging newest
 * first; and a jqwik property of hostile summaries. The fixtures' clock says 2026-11-23T08:00Z.
 * Subclass it and implement {@link #storage()}.
 */
public abstract class InteractionServiceContract {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;
    private CustomerId customer;
    private List<ContactId> contacts;

    /** Creates the subject. */
    protected InteractionServiceContract() {
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
        customer = rep.customers().create(ServiceFixtures.newCustomer("client"));
        contacts = rep.customers().get(customer).contacts().stream().map(c -> c.id()).toList();
    }

    private static InteractionInput call(Instant at, String summary) {
        return InteractionInput.of("call", at, summary);
    }

    private List<OutboxMessage> outbox() {
        return storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(1000));
    }

    @Test
    @DisplayName("logs an interaction with participants and links, reads it back exactly and records the last contact")
    void logsAndReads() {
        Instant at = Instant.parse("2026-11-20T03:15:30.123456Z");
        InteractionInput input = new InteractionInput("meeting", at, Duration.ofMinutes(45), List.of(contacts.get(1),
                contacts.get(0)), List.of(UserId.of("u-1"), UserId.of("u-9")), "报价讨论 quotation, next step: 试用",
                Optional.of("OPP-7"), Optional.of("T-3"));
        InteractionId id = rep.interactions().log(new LogInteraction(customer, input));
        Interaction i = rep.interactions().get(id);
        assertThat(i.customerId()).isEqualTo(customer);
        assertThat(i.kind()).isEqualTo("meeting");
        assertThat(i.occurredAt()).isEqualTo(at);
        assertThat(i.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(i.contacts()).containsExactly(contacts.get(1), contacts.get(0));
        assertThat(i.users()).containsExactly(UserId.of("u-1"), UserId.of("u-9"));
        assertThat(i.summary()).isEqualTo(input.summary());
        assertThat(i.opportunityId()).contains("OPP-7");
        assertThat(i.ticketId()).contains("T-3");
        assertThat(i.recordedBy()).isEqualTo(UserId.of("u-1"));
        assertThat(i.createdAt()).isEqualTo(NOW);
        assertThat(i.version()).isEqualTo(1);
        assertThat(rep.interactions().of(customer, PageRequest.first(10)).items()).containsExactly(i);
        assertThat(rep.customers().lastContact(customer)).contains(at);
        assertThat(outbox()).anySatisfy(m -> {
            assertThat(m.eventType()).isEqualTo("InteractionLogged");
            assertThat(m.aggregateId()).isEqualTo(id.toString());
            assertThat(m.payload()).contains(customer.toString()).doesNotContain("quotation");
        });
    }

    @Test
    @DisplayName("a logged interaction moves the customer in and out of a lastContact rule, in the same transaction")
    void lastContactRulesSeeIt() {
        String rule = "lastContact older than 30 days";
        assertThat(rep.segments().preview(rule).count()).isZero();
        rep.interactions().log(new LogInteraction(customer, call(NOW.minus(Duration.ofDays(40)), "")));
        assertThat(rep.segments().preview(rule).firstPage().items()).containsExactly(customer);
        rep.interactions().log(new LogInteraction(customer, call(NOW.minus(Duration.ofDays(1)), "")));
        assertThat(rep.segments().preview(rule).count()).isZero();
    }

    @Test
    @DisplayName("reports every problem with its field path, and stores nothing")
    void validationNamesFields() {
        CustomerId other = rep.customers().create(ServiceFixtures.newCustomer("other"));
        ContactId foreign = rep.customers().get(other).contacts().get(0).id();
        InteractionInput bad = new InteractionInput("fax", NOW.plusSeconds(60), Duration.ofHours(25),
                List.of(contacts.get(0), foreign, contacts.get(0)), List.of(UserId.of("u-2"), UserId.of("u-2")),
                "bad\u0000text", Optional.of(" "), Optional.of("x".repeat(65)));
        assertThatThrownBy(() -> rep.interactions().log(new LogInteraction(customer, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                                tuple("input.kind", "interaction.kind.unknown"),
                                tuple("input.occurredAt", "contact.future"),
                                tuple("input.duration", "interaction.duration.range"),
                                tuple("input.summary", "characters.invalid"),
                                tuple("input.opportunityId", "blank"),
                                tuple("input.ticketId", "size.max"),
                                tuple("input.users[1]", "participant.repeated"),
                                tuple("input.contacts[1]", "participant.contact.unknown"),
                                tuple("input.contacts[2]", "participant.repeated")));
        assertThatThrownBy(() -> rep.interactions().log(new LogInteraction(customer,
                new InteractionInput(" ", null, Duration.ofSeconds(-1), null, List.of(), "x".repeat(4001),
                        Optional.empty(), Optional.empty()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths())
                        .contains("input.kind", "input.occurredAt", "input.contacts", "input.summary"));
        assertThatThrownBy(() -> fixtures.crm()
                .session(tenant, Principal.user("u-1", RoleName.SALES_REP), Locale.SIMPLIFIED_CHINESE).interactions()
                .log(new LogInteraction(customer, InteractionInput.of("fax", NOW, ""))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("互动类型"));
        assertThat(rep.interactions().of(customer, PageRequest.first(10)).items()).isEmpty();
        assertThat(rep.customers().lastContact(customer)).isEmpty();
        assertThat(outbox()).noneMatch(m -> m.eventType().startsWith("Interaction"));
    }

    @Test
    @DisplayName("corrects with the version (audited, stale version refused) and deletes (audited)")
    void correctsAndDeletes() {
        InteractionId id = rep.interactions().log(new LogInteraction(customer, call(NOW.minusSeconds(3600), "first")));
        InteractionInput fixed = new InteractionInput("visit", NOW.minusSeconds(1800), Duration.ofMinutes(30),
                List.of(contacts.get(0)), List.of(), "corrected", Optional.empty(), Optional.of("T-1"));
        Interaction corrected = rep.interactions().correct(new CorrectInteraction(id, 1, fixed));
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.kind()).isEqualTo("visit");
        assertThat(corrected.recordedBy()).isEqualTo(UserId.of("u-1"));
        assertThat(rep.interactions().get(id)).isEqualTo(corrected);
        assertThatThrownBy(() -> rep.interactions().correct(new CorrectInteraction(id, 1, fixed)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(rep.interactions().get(id)).isEqualTo(corrected);
        assertThatThrownBy(() -> rep.interactions().correct(new CorrectInteraction(id, 0, fixed)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.code()).containsExactly("expectedVersion version.invalid"));
        assertThat(rep.interactions().get(id)).isEqualTo(corrected);
        assertThatThrownBy(() -> rep.interactions().delete(id, 1)).isInstanceOf(ConflictException.class);
        rep.interactions().delete(id, 2);
        assertThatThrownBy(() -> rep.interactions().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(rep.customers().history(customer, PageRequest.first(10)).items()).extracting(e -> e.action())
                .containsSubsequence("interaction.deleted", "interaction.corrected");
        assertThat(outbox()).extracting(OutboxMessage::eventType)
                .containsSubsequence("InteractionLogged", "InteractionCorrected", "InteractionDeleted");
    }

    @Test
    @DisplayName("viewers log; only the recorder, the customer's owner or an administrator change")
    void access() {
        CrmSession colleague = fixtures.rep(tenant, "u-2");
        InteractionId mine = rep.interactions().log(new LogInteraction(customer, call(NOW.minusSeconds(60), "mine")));
        InteractionId theirs = colleague.interactions().log(new LogInteraction(customer, call(NOW.minusSeconds(30), "c")));
        assertThat(colleague.interactions().get(mine).summary()).isEqualTo("mine");
        assertThatThrownBy(() -> colleague.interactions().correct(new CorrectInteraction(mine, 1, call(NOW, "x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleague.interactions().delete(mine, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(colleague.interactions().correct(new CorrectInteraction(theirs, 1, call(NOW, "own"))).version())
                .isEqualTo(2);
        // The owner (u-1) changes a colleague's entry on its customer; so does an administrator.
        assertThat(rep.interactions().correct(new CorrectInteraction(theirs, 2, call(NOW, "owner"))).version()).isEqualTo(3);
        fixtures.admin(tenant).interactions().delete(mine, 1);
        CrmSession viewer = fixtures.crm().session(tenant, Principal.user("v-1", RoleName.of("nobody")), Locale.ENGLISH);
        assertThatThrownBy(() -> viewer.interactions().log(new LogInteraction(customer, call(NOW, ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> viewer.interactions().of(customer, PageRequest.first(5)))
                .isInstanceOf(AccessDeniedException.class);
        rep.customers().reassignOwner(new ReassignOwner(customer, 1, UserId.of("u-3"), "handover"));
        assertThatThrownBy(() -> rep.interactions().correct(new CorrectInteraction(theirs, 3, call(NOW, "x"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("another tenant sees none of it")
    void tenantIsolation() {
        InteractionId id = rep.interactions().log(new LogInteraction(customer, call(NOW, "secret")));
        CrmSession stranger = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThatThrownBy(() -> stranger.interactions().get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stranger.interactions().of(customer, PageRequest.first(5)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stranger.interactions().delete(id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stranger.interactions().log(new LogInteraction(customer, call(NOW, ""))))
                .isInstanceOf(NotFoundException.class);
        assertThat(rep.interactions().get(id).summary()).isEqualTo("secret");
    }

    @Test
    @DisplayName("lists newest first in keyset pages, equal times ordered by id, and refuses a forged cursor")
    void pagesNewestFirst() {
        List<InteractionId> ids = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            // Three share one time: their order falls to the id.
            Instant at = k < 3 ? NOW.minusSeconds(100) : NOW.minusSeconds(100L + k);
            ids.add(rep.interactions().log(new LogInteraction(customer, call(at, "n" + k))));
        }
        List<Interaction> all = ServiceFixtures.allPages(2, p -> rep.interactions().of(customer, p));
        assertThat(all).extracting(Interaction::id).containsExactlyInAnyOrderElementsOf(ids);
        for (int k = 1; k < all.size(); k++) {
            Interaction a = all.get(k - 1);
            Interaction b = all.get(k);
            assertThat(a.occurredAt().isAfter(b.occurredAt()) || a.occurredAt().equals(b.occurredAt())
                    && a.id().toString().compareTo(b.id().toString()) > 0).as("order at " + k).isTrue();
        }
        assertThatThrownBy(() -> rep.interactions().of(customer, PageRequest.after(2, "not-a-cursor")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> rep.interactions().get(new InteractionId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * A hostile summary either reads back exactly or fails validation naming {@code input.summary},
     * and a failure stores nothing.
     *
     * @param summary the summary
     */
    @Property(tries = 60)
    void hostileSummariesAreStoredExactlyOrRejectedByName(@ForAll("summaries") String summary) {
        ServiceFixtures f = new ServiceFixtures(storage());
        TenantId t = ServiceFixtures.freshTenant();
        CrmSession s = f.rep(t, "u-1");
        CustomerId c = s.customers().create(ServiceFixtures.newCustomer("hostile"));
        try {
            InteractionId id = s.interactions().log(new LogInteraction(c, call(NOW, summary)));
            assertThat(s.interactions().get(id).summary()).isEqualTo(summary);
        } catch (ValidationException e) {
            assertThat(e.paths()).containsExactly("input.summary");
            assertThat(s.interactions().of(c, PageRequest.first(5)).items()).isEmpty();
        }
    }

    /** {@return summaries: storable hostile text, arbitrary code units, and too-long text} */
    @Provide
    Arbitrary<String> summaries() {
        return Arbitraries.oneOf(ContractArbitraries.text(InteractionInput.MAX_SUMMARY),
                Arbitraries.of(HostileText.SAMPLES, HostileText.SAMPLES.repeat(30), "a\u0000b", "\uD800", ""),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(3990).ofMaxLength(4010));
    }
}
