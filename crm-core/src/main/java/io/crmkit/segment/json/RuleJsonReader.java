package io.crmkit.segment.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.segment.rule.AllOf;
import io.crmkit.segment.rule.AnyOf;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.FigureKind;
import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Operand;
import io.crmkit.segment.rule.Operator;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.TagCondition;
import io.crmkit.segment.rule.TagTest;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.segment.rule.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the JSON form strictly, naming the JSON path of the first problem. */
final class RuleJsonReader {
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,9}) ([a-z]+)");
    private static final List<String> FORMS = List.of("and", "or", "not", "tag", "attribute", "custom", "figure");

    private final RuleLimits limits;
    private int conditions;

    RuleJsonReader(RuleLimits limits) {
        this.limits = limits;
    }

    Rule rule(JsonNode node, String path, int depth) {
        if (!node.isObject()) {
            throw error(path, "json.expected", "expected an object (a rule) but found " + describe(node));
        }
        if (depth > limits.maxDepth()) {
            throw error(path, "limit.depth", "the rule is nested more than " + limits.maxDepth() + " levels deep");
        }
        List<String> forms = FORMS.stream().filter(node::has).collect(Collectors.toList());
        if (forms.size() != 1) {
            throw error(path, "json.expected", "expected exactly one of the keys " + String.join(", ", FORMS)
                    + (forms.isEmpty() ? "" : " but found " + String.join(" and ", forms)));
        }
        String form = forms.get(0);
        switch (form) {
            case "and", "or" -> {
                onlyKeys(node, path, Set.of(form));
                JsonNode parts = node.get(form);
                String at = path + "." + form;
                if (!parts.isArray() || parts.size() < 2) {
                    throw error(at, "json.expected", "expected an array of two or more rules but found " + describe(parts));
                }
                List<Rule> rules = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    rules.add(rule(parts.get(i), at + "[" + i + "]", depth + 1));
                }
                return form.equals("and") ? new AllOf(rules) : new AnyOf(rules);
            }
            case "not" -> {
                onlyKeys(node, path, Set.of("not"));
                return new Not(rule(node.get("not"), path + ".not", depth + 1));
            }
            default -> {
                if (++conditions > limits.maxConditions()) {
                    throw error(path, "limit.conditions", "the rule has more than " + limits.maxConditions() + " conditions");
                }
                return form.equals("tag") ? tag(node, path) : comparison(node, path, form);
            }
        }
    }

    private TagCondition tag(JsonNode node, String path) {
        onlyKeys(node, path, Set.of("tag", "test", "values"));
        String dimension = key(node, path, "tag");
        String testName = string(node, path, "test");
        TagTest test = Arrays.stream(TagTest.values()).filter(t -> RuleJsonNames.test(t).equals(testName)).findFirst()
                .orElseThrow(() -> error(path + ".test", "json.expected", "expected one of "
                        + Arrays.stream(TagTest.values()).map(RuleJsonNames::test).collect(Collectors.joining(", "))
                        + " but found '" + testName + "'"));
        List<String> values = new ArrayList<>();
        JsonNode array = values(node, path, test != TagTest.IS_EMPTY);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + ".values[" + i + "]";
            JsonNode value = array.get(i);
            if (!value.isTextual()) {
                throw error(at, "json.expected", "expected a tag value (a string) but found " + describe(value));
            }
            if (!seen.add(value.textValue())) {
                throw error(at, "json.duplicate_value", "tag value '" + value.textValue() + "' is listed twice");
            }
            values.add(value.textValue());
        }
        int n = values.size();
        boolean fits = test == TagTest.HAS ? n == 1 : test == TagTest.IS_EMPTY ? n == 0 : n >= 1;
        if (!fits) {
            throw error(path + ".values", "json.value_count", "tag test '" + testName + "' takes "
                    + (test == TagTest.HAS ? "exactly one value" : test == TagTest.IS_EMPTY ? "no values" : "one or more values")
                    + ", got " + n);
        }
        return new TagCondition(dimension, test, values);
    }

    private Comparison comparison(JsonNode node, String path, String form) {
        onlyKeys(node, path, form.equals("figure") ? Set.of("figure", "window", "op", "values") : Set.of(form, "op", "values"));
        Operand operand;
        if (form.equals("custom")) {
            operand = new CustomField(key(node, path, "custom"));
        } else if (form.equals("attribute")) {
            String name = string(node, path, "attribute");
            operand = Arrays.stream(Attribute.values()).filter(a -> a.text().equals(name)).findFirst()
                    .orElseThrow(() -> error(path + ".attribute", "json.unknown_attribute", "unknown attribute '" + name
                            + "'; known attributes: " + Arrays.stream(Attribute.values()).map(Attribute::text)
                            .collect(Collectors.joining(", "))));
        } else {
            String name = string(node, path, "figure");
            FigureKind figure = Arrays.stream(FigureKind.values()).filter(f -> f.text().equals(name)).findFirst()
                    .orElseThrow(() -> error(path + ".figure", "json.expected", "expected one of "
                            + Arrays.stream(FigureKind.values()).map(FigureKind::text).collect(Collectors.joining(", "))
                            + " but found '" + name + "'"));
            operand = new Figure(figure, window(string(node, path, "window"), path + ".window"));
        }
        String opName = string(node, path, "op");
        Operator operator = Arrays.stream(Operator.values()).filter(o -> RuleJsonNames.operator(o).equals(opName))
                .findFirst().orElseThrow(() -> error(path + ".op", "json.expected", "expected one of "
                        + Arrays.stream(Operator.values()).map(RuleJsonNames::operator).collect(Collectors.joining(", "))
                        + " but found '" + opName + "'"));
        JsonNode array = values(node, path, operator != Operator.IS_EMPTY);
        int n = array.size();
        if (n < operator.minValues() || n > operator.maxValues()) {
            throw error(path + ".values", "json.value_count", "operator '" + opName + "' takes "
                    + (operator.minValues() == operator.maxValues() ? String.valueOf(operator.minValues())
                    : "one or more") + " value(s), got " + n);
        }
        List<io.crmkit.segment.rule.Literal> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(LiteralJson.read(array.get(i), path + ".values[" + i + "]"));
        }
        return new Comparison(operand, operator, values);
    }

    /** The values array; it may be left out only where no values are taken. */
    private JsonNode values(JsonNode node, String path, boolean required) {
        JsonNode array = node.get("values");
        if (array == null && !required) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (array == null) {
            throw error(path, "json.missing_key", "missing key 'values'");
        }
        if (!array.isArray()) {
            throw error(path + ".values", "json.expected", "expected an array but found " + describe(array));
        }
        if (array.size() > limits.maxListValues()) {
            throw error(path + ".values", "limit.values", "the list has " + array.size() + " values; at most "
                    + limits.maxListValues() + " are allowed");
        }
        return array;
    }

    static Window window(String text, String path) {
        for (CalendarWindow w : CalendarWindow.values()) {
            if (w.text().equals(text)) {
                return w;
            }
        }
        Optional<Period> period = period(text);
        if (period.isEmpty() || period.get().unit() == PeriodUnit.HOURS || period.get().amount() < 1
                || period.get().amount() > TrailingWindow.MAX_AMOUNT) {
            throw error(path, "json.expected", "expected a window such as '12 months' (1 to " + TrailingWindow.MAX_AMOUNT
                    + " days, weeks, months or years), 'this year', 'last year' or 'all time' but found '" + text + "'");
        }
        return new TrailingWindow((int) period.get().amount(), period.get().unit());
    }

    record Period(long amount, PeriodUnit unit) {
    }

    /** Parses {@code N unit}, unit singular or plural. */
    static Optional<Period> period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Arrays.stream(PeriodUnit.values())
                .filter(u -> u.singular().equals(m.group(2)) || u.plural().equals(m.group(2)))
                .findFirst().map(u -> new Period(Long.parseLong(m.group(1)), u));
    }

    private static String key(JsonNode node, String path, String name) {
        String key = string(node, path, name);
        if (!RuleJsonNames.IDENTIFIER.matcher(key).matches()) {
            throw error(path + "." + name, "json.bad_identifier", "expected a key (a lower-case letter, then up to 62"
                    + " lower-case letters, digits or '_') but found '" + key + "'");
        }
        return key;
    }

    static String string(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw error(path, "json.missing_key", "missing key '" + name + "'");
        }
        if (!value.isTextual()) {
            throw error(path + "." + name, "json.expected", "expected a string but found " + describe(value));
        }
        return value.textValue();
    }

    static void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(path + "." + name, "json.unknown_key", "unknown key '" + name + "'; expected "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array of " + node.size();
        }
        String shown = node.toString();
        return shown.length() > 40 ? shown.substring(0, 37) + "..." : shown;
    }

    static RuleException error(String path, String code, String detail) {
        return new RuleException(RuleProblem.of(Optional.empty(), path, code, detail));
    }
}
