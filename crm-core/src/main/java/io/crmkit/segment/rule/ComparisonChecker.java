package io.crmkit.segment.rule;

import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.shared.TextRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@link RuleChecker}'s checks of one {@link Comparison}: operator, literal types, options, ranges. */
final class ComparisonChecker {
    private static final Set<Operator> ORDERED = EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE,
            Operator.GT, Operator.GE, Operator.BETWEEN, Operator.IN, Operator.IS_EMPTY);

    private final RuleChecker checker;
    private final RuleVocabulary vocabulary;
    private final RuleLimits limits;

    ComparisonChecker(RuleChecker checker, RuleVocabulary vocabulary, RuleLimits limits) {
        this.checker = checker;
        this.vocabulary = vocabulary;
        this.limits = limits;
    }

    /**
     * The operators each kind takes, as {@link ValueKind}'s Javadoc lists them.
     *
     * @param kind the kind
     * @return its operators
     */
    static Set<Operator> operators(ValueKind kind) {
        return switch (kind) {
            case TEXT -> EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.CONTAINS, Operator.STARTS_WITH,
                    Operator.IS_EMPTY);
            case CHOICE -> EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.IS_EMPTY);
            case MULTI_CHOICE -> EnumSet.of(Operator.CONTAINS, Operator.IN, Operator.IS_EMPTY);
            case INTEGER, DECIMAL, MONEY -> EnumSet.copyOf(ORDERED);
            case DATE, DATE_TIME -> {
                Set<Operator> set = EnumSet.copyOf(ORDERED);
                set.add(Operator.OLDER_THAN);
                set.add(Operator.WITHIN);
                yield set;
            }
            case BOOLEAN -> EnumSet.of(Operator.EQ, Operator.NE, Operator.IS_EMPTY);
        };
    }

    void check(Comparison c, String path) {
        if (c.values().size() > limits.maxListValues()) {
            checker.report(c, path, "limit.values", "the list has " + c.values().size() + " values; at most "
                    + limits.maxListValues() + " are allowed");
        }
        Optional<ValueKind> known = RuleChecker.knownKind(c.operand(), vocabulary);
        if (known.isEmpty()) {
            String key = ((CustomField) c.operand()).key();
            checker.report(c, path, "custom.unknown_field", "unknown custom field '" + key + "'; known fields: "
                    + RuleChecker.known(vocabulary.customFields().keySet()));
            return;
        }
        ValueKind kind = known.get();
        Set<Operator> allowed = operators(kind);
        if (!allowed.contains(c.operator())) {
            checker.report(c, path, "operator.not_allowed", "'" + c.operator().text() + "' does not apply to "
                    + name(c.operand()) + " (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "); use " + allowed.stream().map(Operator::text).collect(Collectors.joining(", ")));
            return;
        }
        boolean allFit = true;
        for (int i = 0; i < c.values().size(); i++) {
            allFit &= literal(c, kind, c.values().get(i), RuleChecker.child(path, "values[" + i + "]"));
        }
        if (allFit && c.operator() == Operator.BETWEEN && greater(c.values().get(0), c.values().get(1))) {
            checker.report(c, path, "between.empty_range", "'between a and b' needs a <= b, got "
                    + RulePrinter.literal(c.values().get(0)) + " and " + RulePrinter.literal(c.values().get(1))
                    + ": no value can match");
        }
    }

    /** {@return whether the literal fits; reports when it does not} */
    private boolean literal(Comparison c, ValueKind kind, Literal value, String path) {
        if (c.operator() == Operator.OLDER_THAN || c.operator() == Operator.WITHIN) {
            if (!(value instanceof Literal.Span span)) {
                return mismatch(value, path, "a span such as 30 days");
            }
            if (span.unit() == PeriodUnit.HOURS && kind != ValueKind.DATE_TIME) {
                checker.report(value, path, "span.hours_on_date", name(c.operand())
                        + " is a date: spans on it are in days, weeks, months or years, not hours");
                return false;
            }
            return true;
        }
        if (value instanceof Literal.Text t && !storableText(t.value(), value, path)) {
            return false;
        }
        return switch (kind) {
            case TEXT -> value instanceof Literal.Text || mismatch(value, path, "text in double quotes");
            case CHOICE, MULTI_CHOICE -> value instanceof Literal.Text t
                    ? option(c, t.value(), value, path) : mismatch(value, path, "an option in double quotes");
            case INTEGER -> (value instanceof Literal.Decimal d && integral(d.value())
                    || mismatch(value, path, "a whole number")) && storable(value, path);
            case DECIMAL -> (value instanceof Literal.Decimal || mismatch(value, path, "a number")) && storable(value, path);
            case MONEY -> money(c, value, path) && storable(value, path);
            case DATE -> value instanceof Literal.Day || mismatch(value, path, "a date such as 2026-01-31");
            case DATE_TIME -> value instanceof Literal.Moment
                    || mismatch(value, path, "an instant such as 2026-01-31T08:00:00Z");
            case BOOLEAN -> value instanceof Literal.Flag || mismatch(value, path, "true or false");
        };
    }

    /**
     * A text literal with a character no storage keeps (NUL and the other C0 controls but tab and
     * line breaks, unpaired surrogates) could match nothing in one storage and fail the query in
     * another (PostgreSQL refuses NUL in a text parameter); such a literal is refused here, as
     * customer input is, so that every storage gives the same answer.
     */
    private boolean storableText(String text, Literal value, String path) {
        if (TextRules.check(path, text).isPresent()) {
            checker.report(value, path, "text.characters", "the text " + RulePrinter.literal(value)
                    + " holds a character no storage keeps (a control character such as NUL, or an unpaired surrogate)");
            return false;
        }
        return true;
    }

    /**
     * Storage keeps numbers as NUMERIC(38, 10); a literal beyond that could not be compared the
     * same way in SQL as in memory, so it is refused rather than rounded.
     */
    private boolean storable(Literal value, String path) {
        BigDecimal n = value instanceof Literal.Decimal d ? d.value() : ((Literal.Amount) value).amount();
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() > 10 || stripped.precision() - stripped.scale() > 28) {
            checker.report(value, path, "number.precision", RulePrinter.literal(value)
                    + " has more than 28 integer or 10 fraction digits");
            return false;
        }
        return true;
    }

    private static boolean integral(BigDecimal value) {
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private boolean money(Comparison c, Literal value, String path) {
        Currency expected = currency(c.operand());
        if (!(value instanceof Literal.Amount a)) {
            return mismatch(value, path, "an amount such as 100 " + expected.getCurrencyCode());
        }
        if (!a.currency().equals(expected)) {
            checker.report(value, path, "currency.mismatch", name(c.operand()) + " is in "
                    + expected.getCurrencyCode() + ", not " + a.currency().getCurrencyCode());
            return false;
        }
        return true;
    }

    /** A money custom field has its own currency; purchase figures are in the deployment's. */
    private Currency currency(Operand operand) {
        if (operand instanceof CustomField f) {
            return vocabulary.customFields().get(f.key()).currency().orElse(vocabulary.currency());
        }
        return vocabulary.currency();
    }

    private boolean option(Comparison c, String value, Literal literal, String path) {
        List<String> options = options(c.operand());
        if (!options.contains(value)) {
            checker.report(literal, path, "choice.unknown_option", "'" + value + "' is not an option of "
                    + name(c.operand()) + "; options: " + (options.isEmpty() ? "none" : String.join(", ", options)));
            return false;
        }
        return true;
    }

    private List<String> options(Operand operand) {
        if (operand == Attribute.TYPE) {
            return List.of("COMPANY", "INDIVIDUAL");
        }
        if (operand == Attribute.STATUS) {
            return new ArrayList<>(new java.util.TreeSet<>(vocabulary.statuses()));
        }
        CustomFieldDefinition field = vocabulary.customFields().get(((CustomField) operand).key());
        return field.options();
    }

    private boolean mismatch(Literal value, String path, String expected) {
        checker.report(value, path, "type.mismatch", "expected " + expected + " but got " + describe(value));
        return false;
    }

    private static String describe(Literal value) {
        String kind = value instanceof Literal.Text ? "text" : value instanceof Literal.Decimal ? "the number"
                : value instanceof Literal.Amount ? "the amount" : value instanceof Literal.Day ? "the date"
                : value instanceof Literal.Moment ? "the instant" : value instanceof Literal.Flag ? "the flag"
                : "the span";
        String written;
        try {
            written = RulePrinter.literal(value);
        } catch (RuleException e) {
            written = value.toString();
        }
        if (written.length() > 40) {
            written = written.substring(0, 37) + "...";
        }
        return kind + " " + written;
    }

    private static String name(Operand operand) {
        if (operand instanceof Attribute a) {
            return "'" + a.text() + "'";
        }
        if (operand instanceof CustomField f) {
            return "custom field '" + f.key() + "'";
        }
        Figure f = (Figure) operand;
        return "'" + f.figure().text() + "(" + RulePrinter.window(f.window()) + ")'";
    }

    /** Both literals are known to fit the same kind here, so they are of one type. */
    private static boolean greater(Literal a, Literal b) {
        if (a instanceof Literal.Decimal x && b instanceof Literal.Decimal y) {
            return x.value().compareTo(y.value()) > 0;
        }
        if (a instanceof Literal.Amount x && b instanceof Literal.Amount y) {
            return x.amount().compareTo(y.amount()) > 0;
        }
        if (a instanceof Literal.Day x && b instanceof Literal.Day y) {
            return x.value().isAfter(y.value());
        }
        if (a instanceof Literal.Moment x && b instanceof Literal.Moment y) {
            return x.value().isAfter(y.value());
        }
        return false;
    }

}
