package io.crmkit.segment.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.segment.rule.AllOf;
import io.crmkit.segment.rule.AnyOf;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.TagCondition;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.segment.rule.Window;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Builds the JSON tree of a rule. */
final class RuleJsonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJsonWriter() {
    }

    static ObjectNode rule(Rule rule) {
        ObjectNode node = NODES.objectNode();
        if (rule instanceof AllOf a) {
            node.set("and", rules(a.rules()));
        } else if (rule instanceof AnyOf a) {
            node.set("or", rules(a.rules()));
        } else if (rule instanceof Not n) {
            node.set("not", rule(n.rule()));
        } else if (rule instanceof TagCondition t) {
            node.put("tag", key(t.dimension()));
            node.put("test", RuleJsonNames.test(t.test()));
            if (!t.values().isEmpty()) {
                ArrayNode values = node.putArray("values");
                t.values().forEach(values::add);
            }
        } else {
            comparison((Comparison) rule, node);
        }
        return node;
    }

    private static ArrayNode rules(List<Rule> rules) {
        ArrayNode array = NODES.arrayNode();
        rules.forEach(r -> array.add(rule(r)));
        return array;
    }

    private static void comparison(Comparison c, ObjectNode node) {
        if (c.operand() instanceof Attribute a) {
            node.put("attribute", a.text());
        } else if (c.operand() instanceof CustomField f) {
            node.put("custom", key(f.key()));
        } else {
            Figure f = (Figure) c.operand();
            node.put("figure", f.figure().text());
            node.put("window", window(f.window()));
        }
        node.put("op", RuleJsonNames.operator(c.operator()));
        if (!c.values().isEmpty()) {
            ArrayNode values = node.putArray("values");
            c.values().forEach(v -> values.add(literal(v)));
        }
    }

    static String window(Window window) {
        if (window instanceof CalendarWindow c) {
            return c.text();
        }
        TrailingWindow t = (TrailingWindow) window;
        return t.amount() + " " + t.unit().text(t.amount());
    }

    private static ObjectNode literal(Literal literal) {
        ObjectNode node = NODES.objectNode();
        if (literal instanceof Literal.Text t) {
            node.put("text", t.value());
        } else if (literal instanceof Literal.Decimal d) {
            node.put("decimal", number(d.value()));
        } else if (literal instanceof Literal.Amount a) {
            node.put("amount", number(a.amount()));
            node.put("currency", a.currency().getCurrencyCode());
        } else if (literal instanceof Literal.Day d) {
            node.put("date", d.value().toString());
        } else if (literal instanceof Literal.Moment m) {
            node.put("instant", m.value().toString());
        } else if (literal instanceof Literal.Flag f) {
            node.put("flag", f.value());
        } else {
            Literal.Span s = (Literal.Span) literal;
            node.put("span", s.amount() + " " + s.unit().text(s.amount()));
        }
        return node;
    }

    /** Numbers keep the form {@code -?digits(.digits)?} of the text form, so both forms accept the same numbers. */
    private static String number(BigDecimal value) {
        if (value.scale() < 0 || value.precision() > RuleJsonNames.MAX_DIGITS || value.scale() > RuleJsonNames.MAX_DIGITS) {
            throw unrepresentable("the number " + value + " has a negative scale or more than "
                    + RuleJsonNames.MAX_DIGITS + " digits");
        }
        return value.toPlainString();
    }

    private static String key(String key) {
        if (!RuleJsonNames.IDENTIFIER.matcher(key).matches()) {
            throw unrepresentable("'" + key + "' is not a valid key ([a-z][a-z0-9_]{0,62})");
        }
        return key;
    }

    private static RuleException unrepresentable(String detail) {
        return new RuleException(RuleProblem.of(Optional.empty(), "", "print.unrepresentable", detail));
    }
}
