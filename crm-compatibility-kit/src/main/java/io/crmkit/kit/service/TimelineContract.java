package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.ChangeLifecycleStatus;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.CancelFollowUp;
import io.crmkit.followup.CompleteFollowUp;
import io.crmkit.followup.Completed;
import io.crmkit.followup.CustomerFeedback;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.NextStep;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.interaction.LogInteraction;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The customer timeline, end to end on the adapter under test: interactions, lifecycle changes
 * (from, to, reason) and the other audited changes in one newest-first stream; keyset pages that
 * stay stable when entries share a time and when new entries arrive in front; access and
 * tenancy; and a jqwik property that pages of any size, concatenated, are exactly the full
 * sorted timeline. The fixtures' clock is fixed (2026-11-23T08:00Z), so every audit entry shares
 * one time and order among them falls to the id. Subclass it and implement {@link #storage()}.
 */
public abstract class TimelineContract {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** Creates the subject. */
    protected TimelineContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    private static List<TimelineEntry> readAll(CrmSession s, CustomerId c, int size) {
        return ServiceFixtures.allPages(size, p -> s.timeline().of(c, p));
    }

    @Test
    @DisplayName("merges interactions, lifecycle changes and other changes newest first")
    void mergesTheSources() {
        ServiceFixtures f = new ServiceFixtures(storage());
        CrmSession rep = f.rep(ServiceFixtures.freshTenant(), "u-1");
        CustomerId c = rep.customers().create(ServiceFixtures.newCustomer("timeline"));
        InteractionId old = rep.interactions().log(new LogInteraction(c, InteractionInput.of("visit",
                NOW.minus(Duration.ofDays(3)), "site visit")));
        rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(c, 1, "lost", Optional.of("budget cut")));
        List<TimelineEntry> all = readAll(rep, c, 50);
        assertThat(all).extracting(TimelineEntry::kind).containsExactlyInAnyOrder(TimelineEntry.AUDIT,
                TimelineEntry.LIFECYCLE, TimelineEntry.INTERACTION);
        TimelineEntry lifecycle = all.stream().filter(e -> e.kind().equals(TimelineEntry.LIFECYCLE)).findFirst()
                .orElseThrow();
        assertThat(lifecycle.attributes()).containsEntry("from", "prospect").containsEntry("to", "lost")
                .containsEntry("reason", "budget cut");
        assertThat(lifecycle.actor().value()).isEqualTo("u-1");
        TimelineEntry visit = all.get(all.size() - 1);
        assertThat(visit.id()).isEqualTo(old.value());
        assertThat(visit.title()).isEqualTo("visit");
        assertThat(visit.attributes()).containsEntry("summary", "site visit");
        assertThat(visit.at()).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(all.get(0).at()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("shows follow-up tasks: created, done with the result's outcome at its time, cancelled with the reason")
    void showsFollowUpTasks() {
        ServiceFixtures f = new ServiceFixtures(storage());
        CrmSession rep = f.rep(ServiceFixtures.freshTenant(), "u-1");
        CustomerId c = rep.customers().create(ServiceFixtures.newCustomer("tasks"));
        FollowUp call = rep.followUps().create(NewFollowUp.of(c, "phone", "Confirm the order", NOW.plus(Duration.ofDays(1))));
        Instant called = NOW.minus(Duration.ofHours(2));
        Completed done = rep.followUps().complete(new CompleteFollowUp(call.id(), call.version(), new FollowUpResult(called,
                "wants a quote", Optional.of(new NextStep("send the quote", NOW.plus(Duration.ofDays(2)))),
                CustomerFeedback.none(), List.of()), true));
        FollowUp visit = rep.followUps().create(NewFollowUp.of(c, "visit", "Plant tour", NOW.plus(Duration.ofDays(5))));
        rep.followUps().cancel(new CancelFollowUp(visit.id(), visit.version(), "customer postponed"));
        List<TimelineEntry> tasks = readAll(rep, c, 2).stream().filter(e -> e.kind().equals(TimelineEntry.TASK)).toList();
        assertThat(tasks).extracting(TimelineEntry::title).containsExactlyInAnyOrder("followup.created",
                "followup.created", "followup.created", "followup.done", "followup.cancelled");
        assertThat(tasks).filteredOn(e -> e.title().equals("followup.done")).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(called);
            assertThat(e.actor().value()).isEqualTo("u-1");
            assertThat(e.attributes()).containsEntry("outcome", "wants a quote").containsEntry("nextStep", "send the quote");
        });
        assertThat(tasks).filteredOn(e -> e.title().equals("followup.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("reason", "customer postponed"));
        assertThat(tasks).filteredOn(e -> e.id().equals(done.nextTask().orElseThrow().id().value())).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("content", "send the quote"));
        assertThat(tasks).extracting(TimelineEntry::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a cursor continues exactly after its entry, whatever arrives in front afterwards")
    void stableAcrossNewEntries() {
        ServiceFixtures f = new ServiceFixtures(storage());
        CrmSession rep = f.rep(ServiceFixtures.freshTenant(), "u-1");
        CustomerId c = rep.customers().create(ServiceFixtures.newCustomer("stable"));
        for (int k = 0; k < 5; k++) {
            rep.interactions().log(new LogInteraction(c, InteractionInput.of("call", NOW.minusSeconds(10), "n" + k)));
        }
        List<TimelineEntry> before = readAll(rep, c, 100);
        Page<TimelineEntry> first = rep.timeline().of(c, PageRequest.first(3));
        rep.interactions().log(new LogInteraction(c, InteractionInput.of("call", NOW, "newest")));
        rep.interactions().log(new LogInteraction(c, InteractionInput.of("call", NOW.minusSeconds(10), "tie")));
        Page<TimelineEntry> second = rep.timeline().of(c, PageRequest.after(100, first.next().orElseThrow()));
        List<UUID> seen = new ArrayList<>(first.items().stream().map(TimelineEntry::id).toList());
        second.items().stream().filter(e -> before.stream().anyMatch(b -> b.id().equals(e.id())))
                .forEach(e -> seen.add(e.id()));
        assertThat(seen).containsExactlyElementsOf(before.stream().map(TimelineEntry::id).toList());
    }

    @Test
    @DisplayName("needs view permission, stays in its tenant and refuses a forged cursor")
    void accessAndTenancy() {
        ServiceFixtures f = new ServiceFixtures(storage());
        io.crmkit.shared.TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession rep = f.rep(tenant, "u-1");
        CustomerId c = rep.customers().create(ServiceFixtures.newCustomer("guarded"));
        CrmSession nobody = f.crm().session(tenant, Principal.user("x", RoleName.of("nobody")), Locale.ENGLISH);
        assertThatThrownBy(() -> nobody.timeline().of(c, PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);
        CrmSession stranger = f.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThatThrownBy(() -> stranger.timeline().of(c, PageRequest.first(5))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rep.timeline().of(c, PageRequest.after(5, "bm90IGEgY3Vyc29y")))
                .isInstanceOf(ValidationException.class);
        assertThat(f.rep(tenant, "u-2").timeline().of(c, PageRequest.first(5)).items()).hasSize(1);
    }

    /**
     * Interactions at a few times (many ties, some with the audit entries' time), read in pages of
     * any size: the pages concatenated are exactly every interaction and audit entry of the
     * customer, newest first by time then id, each once.
     *
     * @param offsets each interaction's age in seconds (0 ties with the audit entries)
     * @param size the page size
     */
    @Property(tries = 25)
    void pagesConcatenatedAreTheFullSortedTimeline(@ForAll("offsets") List<Integer> offsets,
                                                   @ForAll @IntRange(min = 1, max = 7) int size) {
        ServiceFixtures f = new ServiceFixtures(storage());
        CrmSession rep = f.rep(ServiceFixtures.freshTenant(), "u-1");
        CustomerId c = rep.customers().create(ServiceFixtures.newCustomer("paged"));
        for (int k = 0; k < offsets.size(); k++) {
            rep.interactions().log(new LogInteraction(c, InteractionInput.of("call", NOW.minusSeconds(offsets.get(k)),
                    "#" + k)));
            if (k % 4 == 3) {
                rep.customers().update(new io.crmkit.customer.UpdateCustomer(c, rep.customers().get(c).version(),
                        ServiceFixtures.company().name("paged " + k).build()));
            }
        }
        List<TimelinePosition> expected = new ArrayList<>();
        for (Interaction i : ServiceFixtures.allPages(100, p -> rep.interactions().of(c, p))) {
            expected.add(new TimelinePosition(i.occurredAt(), i.id().value()));
        }
        for (AuditEntry e : ServiceFixtures.allPages(100, p -> rep.customers().history(c, p))) {
            expected.add(new TimelinePosition(e.at(), e.id()));
        }
        expected.sort(TimelinePosition.NEWEST_FIRST);
        assertThat(readAll(rep, c, size)).extracting(TimelineEntry::position).containsExactlyElementsOf(expected);
    }

    /** {@return interaction ages in seconds from a small set, so that many share a time} */
    @Provide
    Arbitrary<List<Integer>> offsets() {
        return Arbitraries.of(0, 0, 5, 5, 60, 3600).list().ofMaxSize(14);
    }
}
