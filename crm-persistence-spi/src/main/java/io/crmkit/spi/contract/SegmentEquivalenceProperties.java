package io.crmkit.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.CustomerId;
import io.crmkit.purchase.Purchase;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleChecker;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.spi.contract.SegmentArbitraries.CustomerData;
import io.crmkit.storage.Storage;
import io.crmkit.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The adapter's rule evaluation selects exactly what crmkit's compiled in-memory predicate
 * selects: random customers (tags, custom fields of every type, purchases in and out of every
 * window, cancelled ones, last contacts) and random checked rules over every operand, operator
 * and window, counted and listed page by page.
 *
 * <p>Implement {@link #storage()} in the adapter's test class (its name must match the build's
 * test includes, e.g. {@code *Properties}).
 */
public interface SegmentEquivalenceProperties {

    /**
     * The storage under test. It may be shared and may hold other data: every try uses a
     * fresh tenant.
     *
     * @return the storage; never closed by the properties
     */
    Storage storage();

    /**
     * Count and members of every rule equal the compiled predicate's.
     *
     * @param customers the tenant's customers
     * @param rules rules to evaluate over them
     */
    @Property(tries = 200)
    default void selectsWhatTheCompiledRuleSelects(@ForAll("segmentCustomers") List<CustomerData> customers,
                                                   @ForAll("segmentRules") List<Rule> rules) {
        TenantId tenant = ContractFixtures.freshTenant();
        storage().inTransaction(tenant, tx -> {
            for (CustomerData d : customers) {
                tx.customers().insert(d.customer());
                for (Tag t : d.tags()) {
                    tx.tags().add(d.customer().id(), t);
                }
                for (Purchase p : d.purchases()) {
                    tx.purchases().insert(p);
                }
                d.lastContact().ifPresent(at -> tx.customers().recordContact(d.customer().id(), at));
            }
            return null;
        });
        FactsLayout layout = new FactsLayout(SegmentArbitraries.VOCABULARY);
        EvaluationTime time = new EvaluationTime(SegmentArbitraries.NOW, SegmentArbitraries.CONFIGURATION.locale().zone());
        for (Rule rule : rules) {
            // The generator makes only valid rules; a checker failure here is a generator bug.
            RuleChecker.check(rule, SegmentArbitraries.VOCABULARY, RuleLimits.defaults());
            BoundRule bound = new BoundRule(rule, SegmentArbitraries.VOCABULARY, time);
            CompiledRule compiled = CompiledRule.compile(bound, layout);
            List<CustomerId> expected = customers.stream()
                    .filter(d -> compiled.test(layout.facts(d.customer(), d.tags(), d.purchases(), d.lastContact())))
                    .map(d -> d.customer().id()).sorted().toList();
            // Reported by jqwik: rules that select some but not all customers are the telling ones.
            Statistics.label("rule selects").collect(expected.isEmpty() ? "none"
                    : expected.size() == customers.size() ? "all" : "some");
            String text = RuleText.print(rule);
            long count = storage().inTransaction(tenant, tx -> tx.segments().count(bound));
            assertThat(count).as("count of %s", text).isEqualTo(expected.size());
            assertThat(allMembers(tenant, bound)).as("members of %s", text).containsExactlyElementsOf(expected);
        }
    }

    private List<CustomerId> allMembers(TenantId tenant, BoundRule bound) {
        List<CustomerId> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(3, cursor);
            Page<CustomerId> page = storage().inTransaction(tenant, tx -> tx.segments().members(bound, request));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    /** @return three to a dozen customers with everything rules look at */
    @Provide
    default Arbitrary<List<CustomerData>> segmentCustomers() {
        return SegmentArbitraries.customers().list().ofMinSize(3).ofMaxSize(12);
    }

    /** @return one to six checked rules */
    @Provide
    default Arbitrary<List<Rule>> segmentRules() {
        return SegmentArbitraries.rules().list().ofMinSize(1).ofMaxSize(6);
    }
}
