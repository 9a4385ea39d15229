package io.crmkit.segment.rule;

import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.shared.TextRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a rule against what a deployment lets rules name ({@link RuleVocabulary}) and against
 * {@link RuleLimits}: unknown tag dimensions and custom fields, operators and values that do not
 * fit the operand's {@link ValueKind}, impossible conditions, rules that are too large. Every
 * problem is collected and reported in one {@link RuleException}. Paths in the problems are
 * node paths such as {@code and[2].values[0]}.
 */
public final class RuleChecker {
    private final RuleVocabulary vocabulary;
    private final RuleLimits limits;
    private final Function<Object, Optional<SourcePosition>> positions;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleChecker(RuleVocabulary vocabulary, RuleLimits limits, Function<Object, Optional<SourcePosition>> positions) {
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.positions = positions;
    }

    /**
     * Checks a rule built in code or read from JSON.
     *
     * @param rule the rule
     * @param vocabulary what the deployment lets rules name
     * @param limits the limits
     * @throws RuleException listing every problem, if there is any
     */
    public static void check(Rule rule, RuleVocabulary vocabulary, RuleLimits limits) {
        new RuleChecker(vocabulary, limits, node -> Optional.empty()).run(rule);
    }

    /**
     * Checks a rule parsed from text; problems carry the line and column of the node.
     *
     * @param parsed the parsed rule
     * @param vocabulary what the deployment lets rules name
     * @param limits the limits
     * @throws RuleException listing every problem, if there is any
     */
    public static void check(ParsedRule parsed, RuleVocabulary vocabulary, RuleLimits limits) {
        new RuleChecker(vocabulary, limits, node -> node instanceof Rule r ? parsed.positionOf(r)
                : parsed.positionOf((Literal) node)).run(parsed.rule());
    }

    /**
     * The kind of value an operand has in a deployment: an attribute's or figure's own kind, or
     * for a custom field the kind of its configured type (TEXT and LONG_TEXT are
     * {@link ValueKind#TEXT}, SINGLE_CHOICE is {@link ValueKind#CHOICE}, the others their namesake).
     *
     * @param operand the operand
     * @param vocabulary what the deployment lets rules name
     * @return the kind
     * @throws RuleException ({@code custom.unknown_field}) for a custom field the deployment does not have
     */
    public static ValueKind kindOf(Operand operand, RuleVocabulary vocabulary) {
        return knownKind(operand, vocabulary).orElseThrow(() -> new RuleException(RuleProblem.of(Optional.empty(), "",
                "custom.unknown_field", unknownField(((CustomField) operand).key(), vocabulary))));
    }

    static Optional<ValueKind> knownKind(Operand operand, RuleVocabulary vocabulary) {
        if (operand instanceof Attribute a) {
            return Optional.of(a.kind());
        }
        if (operand instanceof Figure f) {
            return Optional.of(f.figure().kind());
        }
        CustomFieldDefinition field = vocabulary.customFields().get(((CustomField) operand).key());
        if (field == null) {
            return Optional.empty();
        }
        return Optional.of(switch (field.type()) {
            case TEXT, LONG_TEXT -> ValueKind.TEXT;
            case INTEGER -> ValueKind.INTEGER;
            case DECIMAL -> ValueKind.DECIMAL;
            case MONEY -> ValueKind.MONEY;
            case DATE -> ValueKind.DATE;
            case DATE_TIME -> ValueKind.DATE_TIME;
            case BOOLEAN -> ValueKind.BOOLEAN;
            case SINGLE_CHOICE -> ValueKind.CHOICE;
            case MULTI_CHOICE -> ValueKind.MULTI_CHOICE;
        });
    }

    private static String unknownField(String key, RuleVocabulary vocabulary) {
        return "unknown custom field '" + key + "'; known fields: " + known(vocabulary.customFields().keySet());
    }

    static String known(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
    }

    private void run(Rule rule) {
        RuleShape shape = RuleShape.of(rule);
        if (shape.depth() > limits.maxDepth()) {
            // Walking deeper than the limit could exhaust the stack: report and stop.
            report(rule, "", "limit.depth", "the rule is nested " + shape.depth() + " levels deep; at most "
                    + limits.maxDepth() + " are allowed");
            throw new RuleException(problems);
        }
        if (shape.conditions() > limits.maxConditions()) {
            report(rule, "", "limit.conditions", "the rule has " + shape.conditions() + " conditions; at most "
                    + limits.maxConditions() + " are allowed");
        }
        walk(rule, "");
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
    }

    private void walk(Rule rule, String path) {
        if (rule instanceof AllOf a) {
            children(a.rules(), path, "and");
        } else if (rule instanceof AnyOf a) {
            children(a.rules(), path, "or");
        } else if (rule instanceof Not n) {
            walk(n.rule(), child(path, "not"));
        } else if (rule instanceof TagCondition t) {
            tag(t, path);
        } else {
            new ComparisonChecker(this, vocabulary, limits).check((Comparison) rule, path);
        }
    }

    private void children(List<Rule> rules, String path, String name) {
        for (int i = 0; i < rules.size(); i++) {
            walk(rules.get(i), child(path, name + "[" + i + "]"));
        }
    }

    static String child(String path, String step) {
        return path.isEmpty() ? step : path + "." + step;
    }

    private void tag(TagCondition t, String path) {
        if (t.values().size() > limits.maxListValues()) {
            report(t, path, "limit.values", "the list has " + t.values().size() + " values; at most "
                    + limits.maxListValues() + " are allowed");
        }
        RuleVocabulary.TagDimensionTerms terms = vocabulary.tagDimensions().get(t.dimension());
        if (terms == null) {
            report(t, path, "tag.unknown_dimension", "unknown tag dimension '" + t.dimension() + "'; known dimensions: "
                    + known(vocabulary.tagDimensions().keySet()));
            return;
        }
        for (int i = 0; i < t.values().size(); i++) {
            if (TextRules.check(path, t.values().get(i)).isPresent()) {
                report(t, child(path, "values[" + i + "]"), "text.characters", "the tag value "
                        + RulePrinter.literal(new Literal.Text(t.values().get(i))) + " holds a character no storage keeps"
                        + " (a control character such as NUL, or an unpaired surrogate)");
            }
        }
        if (!terms.open()) {
            Set<String> allowed = new HashSet<>(terms.values());
            for (int i = 0; i < t.values().size(); i++) {
                String value = t.values().get(i);
                if (!allowed.contains(value)) {
                    report(t, child(path, "values[" + i + "]"), "tag.unknown_value", "'" + value
                            + "' is not a value of tag dimension '" + t.dimension() + "'; allowed: "
                            + String.join(", ", terms.values()));
                }
            }
        }
        if (t.test() == TagTest.HAS_ALL && t.values().size() > 1 && !terms.multiValued()) {
            report(t, path, "tag.impossible", "tag dimension '" + t.dimension() + "' holds one value per customer, so no"
                    + " customer can have all of " + t.values().size() + " values; use 'in' for any of them");
        }
    }

    /**
     * Records a problem at a node.
     *
     * @param node the rule or literal the problem is about, for its position
     * @param path its path
     * @param code the code
     * @param detail the message without position
     */
    void report(Object node, String path, String code, String detail) {
        problems.add(RuleProblem.of(positions.apply(node), path, code, detail));
    }
}
