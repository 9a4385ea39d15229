package io.crmkit.segment.eval;

import io.crmkit.segment.BoundRule;
import io.crmkit.segment.rule.AllOf;
import io.crmkit.segment.rule.AnyOf;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.segment.rule.TagCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rule compiled once into a predicate over {@link SegmentFacts}: relative dates, windows and
 * tag values are resolved at compile time, so testing a customer is bit masks, array loops and
 * comparisons. This is crmkit's reference semantics: storage adapters must select exactly the
 * customers it selects.
 *
 * <pre>{@code
 * FactsLayout layout = new FactsLayout(vocabulary);
 * CompiledRule rule = CompiledRule.compile(bound, layout);
 * long n = facts.stream().filter(rule).count();
 * }</pre>
 */
public final class CompiledRule implements Predicate<SegmentFacts> {
    private final Node root;

    private CompiledRule(Node root) {
        this.root = root;
    }

    /**
     * Compiles a bound rule (checked against its vocabulary beforehand).
     *
     * @param rule the rule with its vocabulary and evaluation time
     * @param layout the layout the facts are built with, for the same vocabulary
     * @return the compiled rule
     */
    public static CompiledRule compile(BoundRule rule, FactsLayout layout) {
        return new CompiledRule(node(rule.rule(), rule, layout));
    }

    private static Node node(Rule r, BoundRule bound, FactsLayout layout) {
        if (r instanceof AllOf all) {
            return new Node.All(r, children(all.rules(), bound, layout));
        }
        if (r instanceof AnyOf any) {
            return new Node.Any(r, children(any.rules(), bound, layout));
        }
        if (r instanceof Not not) {
            return new Node.Negation(r, node(not.rule(), bound, layout));
        }
        if (r instanceof TagCondition t) {
            return TagNodes.compile(t, layout);
        }
        Comparison c = (Comparison) r;
        if (c.operand() instanceof Attribute a) {
            return AttributeNodes.compile(c, a, bound.time());
        }
        if (c.operand() instanceof CustomField f) {
            return CustomFieldNodes.compile(c, f, layout, bound.time());
        }
        return FigureNodes.compile(c, (Figure) c.operand(), layout, bound.time());
    }

    private static List<Node> children(List<Rule> rules, BoundRule bound, FactsLayout layout) {
        List<Node> nodes = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            nodes.add(node(r, bound, layout));
        }
        return nodes;
    }

    /**
     * Whether the rule selects a customer.
     *
     * @param facts the customer's facts, built with the layout the rule was compiled for
     * @return whether it is a member
     */
    @Override
    public boolean test(SegmentFacts facts) {
        return root.test(facts);
    }

    /**
     * Explains the decision for a customer clause by clause (every clause is evaluated, even
     * those an {@code and} or {@code or} would have skipped).
     *
     * @param facts the customer's facts
     * @return the explanation of the whole rule
     */
    public Explanation explain(SegmentFacts facts) {
        return explain(root, facts);
    }

    private static Explanation explain(Node n, SegmentFacts facts) {
        List<Explanation> parts = new ArrayList<>();
        for (Node child : n.children()) {
            parts.add(explain(child, facts));
        }
        return new Explanation(RuleText.print(n.source), n.test(facts), parts);
    }
}
