package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.CrmSession;
import io.crmkit.access.TeamId;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.CompleteFollowUp;
import io.crmkit.followup.CustomerFeedback;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.kit.ContractArbitraries;
import io.crmkit.kit.MovableClock;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the follow-up service on the adapter under test: hostile text in a task's
 * content, a result's outcome and the customer's comments either reads back exactly or fails
 * validation naming that field, storing nothing; and every listing, read page by page, is the
 * full list in planned order, with "overdue" following the clock.
 *
 * <p>Implement {@link #storage()} in the adapter's test class.
 */
public interface FollowUpProperties {
    /** The longest content, outcome or comments. */
    int MAX_TEXT = 2000;

    /**
     * The storage under test; may be shared: every try uses a fresh tenant.
     *
     * @return the storage
     */
    Storage storage();

    /**
     * Hostile text in one field.
     *
     * @param field {@code content}, {@code result.outcome} or {@code result.feedback.comments}
     * @param text the text
     */
    @Property(tries = 60)
    default void hostileTextIsStoredExactlyOrRejectedByName(@ForAll("fields") String field, @ForAll("texts") String text) {
        MovableClock clock = MovableClock.at(ServiceFixtures.START);
        ServiceFixtures fixtures = new ServiceFixtures(storage(), clock, FollowUpFixtures.DIRECTORY);
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession rep = fixtures.rep(tenant, "u-1");
        CustomerId customer = rep.customers().create(ServiceFixtures.newCustomer("c"));
        Instant planned = ServiceFixtures.START.plus(Duration.ofDays(2));
        boolean valid = (field.equals("result.feedback.comments") || !text.isBlank()) && text.length() <= MAX_TEXT
                && TextRules.check(field, text).isEmpty();
        FollowUp task = field.equals("content") ? null : rep.followUps().create(NewFollowUp.of(customer, "phone", "x", planned));
        int pendingBefore = FollowUpFixtures.pendingCount(storage(), tenant);
        Throwable thrown;
        if (task == null) {
            thrown = catchThrowable(() -> {
                FollowUp created = rep.followUps().create(NewFollowUp.of(customer, "phone", text, planned));
                assertThat(rep.followUps().get(created.id())).isEqualTo(created);
                assertThat(created.content()).isEqualTo(text);
            });
        } else {
            FollowUpResult result = new FollowUpResult(ServiceFixtures.START, field.equals("result.outcome") ? text : "ok",
                    Optional.empty(), new CustomerFeedback(Optional.empty(), Optional.empty(),
                    field.equals("result.outcome") ? "" : text), List.of());
            thrown = catchThrowable(() -> {
                FollowUp done = rep.followUps().complete(new CompleteFollowUp(task.id(), 1, result, false)).task();
                assertThat(rep.followUps().get(task.id())).isEqualTo(done);
                assertThat(done.result()).contains(result);
            });
        }
        if (valid) {
            assertThat(thrown).isNull();
            return;
        }
        assertThat(thrown).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.paths()).containsOnly(field));
        assertThat(FollowUpFixtures.pendingCount(storage(), tenant)).isEqualTo(pendingBefore);
        List<FollowUp> stored = rep.followUps().ofCustomer(customer, PageRequest.first(10)).items();
        if (task == null) {
            assertThat(stored).isEmpty();
        } else {
            assertThat(stored).containsExactly(task);
        }
    }

    /** {@return the fields under test} */
    @Provide
    default Arbitrary<String> fields() {
        return Arbitraries.of("content", "result.outcome", "result.feedback.comments");
    }

    /** {@return hostile text, sometimes too long or with a control character} */
    @Provide
    default Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, ContractArbitraries.text(300)),
                Tuple.of(1, ContractArbitraries.nonBlankText(50).map(s -> s.repeat(MAX_TEXT / s.length() + 1))),
                Tuple.of(1, ContractArbitraries.text(40).map(s -> s + "\u0000" + s)));
    }

    /**
     * Tasks planned at random hours for u-1, u-2 and u-3, read in random page sizes after the clock
     * moved a random number of hours.
     *
     * @param offsets the tasks' planned hours after the start, with the assignee's number
     * @param pageSize the page size
     * @param hoursPassed how far the clock moves before reading
     */
    @Property(tries = 25)
    default void pagesConcatenateToTheFullSortedList(
            @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 48) Integer> offsets,
            @ForAll @IntRange(min = 1, max = 5) int pageSize, @ForAll @IntRange(min = 0, max = 50) int hoursPassed) {
        MovableClock clock = MovableClock.at(ServiceFixtures.START);
        ServiceFixtures fixtures = new ServiceFixtures(storage(), clock, FollowUpFixtures.DIRECTORY);
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession rep = fixtures.rep(tenant, "u-1");
        CustomerId customer = rep.customers().create(ServiceFixtures.newCustomer("c"));
        List<FollowUp> all = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            UserId assignee = UserId.of("u-" + (i % 3 + 1));
            // Equal planned times on purpose: the id then decides the order.
            all.add(rep.followUps().create(NewFollowUp.of(customer, "phone", "t" + i,
                    ServiceFixtures.START.plus(Duration.ofHours(offsets.get(i)))).assignedTo(assignee)));
        }
        clock.advance(Duration.ofHours(hoursPassed));
        Instant now = clock.instant();
        List<FollowUp> sorted = all.stream().sorted(FollowUpQuery.ORDER).toList();
        assertThat(readAll(p -> rep.followUps().ofCustomer(customer, p), pageSize)).isEqualTo(sorted);
        assertThat(readAll(p -> rep.followUps().myOpenTasks(p), pageSize))
                .isEqualTo(sorted.stream().filter(f -> f.assignee().equals(UserId.of("u-1"))).toList());
        assertThat(readAll(p -> rep.followUps().overdueOfTeam(TeamId.of("east"), p), pageSize))
                .isEqualTo(sorted.stream().filter(f -> !f.assignee().equals(UserId.of("u-3")) && f.isOverdue(now)).toList());
    }

    private static List<FollowUp> readAll(Function<PageRequest, Page<FollowUp>> listing, int pageSize) {
        List<FollowUp> out = new ArrayList<>();
        Page<FollowUp> page = listing.apply(PageRequest.first(pageSize));
        out.addAll(page.items());
        while (page.next().isPresent()) {
            assertThat(page.items()).hasSize(pageSize);
            page = listing.apply(PageRequest.after(pageSize, page.next().get()));
            out.addAll(page.items());
        }
        return out;
    }
}
