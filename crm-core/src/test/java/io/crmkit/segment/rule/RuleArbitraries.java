package io.crmkit.segment.rule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random rule models covering every node, operator, literal type and window, with hostile
 * strings (quotes, backslashes, NUL, controls, emoji, right-to-left text, lone surrogates,
 * 1,000-character strings). Generated rules are well-formed trees that the text and JSON forms
 * can write; they need not pass the {@link RuleChecker}.
 */
public final class RuleArbitraries {

    private RuleArbitraries() {
    }

    /** @return rules up to depth 4 */
    public static Arbitrary<Rule> rules() {
        return rules(4);
    }

    /**
     * Rules up to a depth.
     *
     * @param depth the deepest tree, at least 1
     * @return the arbitrary
     */
    public static Arbitrary<Rule> rules(int depth) {
        if (depth <= 1) {
            return conditions();
        }
        Arbitrary<Rule> inner = Arbitraries.lazy(() -> rules(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, conditions()),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(4).map(AllOf::new)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(4).map(AnyOf::new)),
                net.jqwik.api.Tuple.of(1, inner.map(Not::new)));
    }

    /** @return tag conditions and comparisons */
    public static Arbitrary<Rule> conditions() {
        return Arbitraries.oneOf(tagConditions(), comparisons());
    }

    /** @return tag conditions with every test */
    public static Arbitrary<Rule> tagConditions() {
        return Combinators.combine(identifiers(), Arbitraries.of(TagTest.class), hostileStrings().list().uniqueElements()
                .ofMinSize(1).ofMaxSize(4)).as((d, test, values) -> (Rule) new TagCondition(d, test, switch (test) {
                    case HAS -> values.subList(0, 1);
                    case IS_EMPTY -> List.of();
                    default -> values;
                }));
    }

    /** @return comparisons with every operand and operator, values of any literal type */
    public static Arbitrary<Rule> comparisons() {
        return Combinators.combine(operands(), Arbitraries.of(Operator.class), literals().list().ofMinSize(2).ofMaxSize(4))
                .as((operand, op, values) -> (Rule) new Comparison(operand, op,
                        values.subList(0, op == Operator.IN ? values.size() : op.minValues())));
    }

    /** @return attributes, custom fields and figures over every window */
    public static Arbitrary<Operand> operands() {
        return Arbitraries.oneOf(Arbitraries.of(Attribute.class), identifiers().map(CustomField::new),
                Combinators.combine(Arbitraries.of(FigureKind.class), windows()).as(Figure::new));
    }

    /** @return trailing and calendar windows */
    public static Arbitrary<Window> windows() {
        Arbitrary<Window> trailing = Combinators.combine(Arbitraries.integers().between(1, TrailingWindow.MAX_AMOUNT),
                Arbitraries.of(PeriodUnit.DAYS, PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS))
                .as(TrailingWindow::new);
        return Arbitraries.oneOf(trailing, Arbitraries.of(CalendarWindow.class));
    }

    /** @return identifiers {@code [a-z][a-z0-9_]{0,62}} */
    public static Arbitrary<String> identifiers() {
        return Combinators.combine(Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_").ofMaxLength(62))
                .as((first, rest) -> first + rest);
    }

    /** @return literals of every type */
    public static Arbitrary<Literal> literals() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.integers().between(0, 8)).as(BigDecimal::new);
        Arbitrary<Currency> currencies = Arbitraries.of("CNY", "USD", "EUR", "JPY", "GBP", "XXX").map(Currency::getInstance);
        return Arbitraries.oneOf(
                hostileStrings().map(Literal.Text::new),
                numbers.map(Literal.Decimal::new),
                Combinators.combine(numbers, currencies).as(Literal.Amount::new),
                Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                        .map(d -> new Literal.Day(LocalDate.ofEpochDay(d))),
                Combinators.combine(Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                        Arbitraries.of(0L, 1_000L, 123_000L, 999_999_000L, 5_000L))
                        .as((s, n) -> new Literal.Moment(Instant.ofEpochSecond(s, n))),
                Arbitraries.of(true, false).map(Literal.Flag::new),
                Combinators.combine(Arbitraries.longs().between(1, Literal.Span.MAX_AMOUNT), Arbitraries.of(PeriodUnit.class))
                        .as(Literal.Span::new));
    }

    /** @return strings with quotes, escapes, controls, NUL, emoji, RTL text, lone surrogates, long runs */
    public static Arbitrary<String> hostileStrings() {
        Arbitrary<String> pieces = Arbitraries.of("\"", "\\", "\\u0041", "\u0000", "\n", "\r\n", "\t", "\u001b", "😀",
                "👩‍💻", "שלום", "مرحبا", "\u202e", "\u200f", "科技", " ", "  ", "a", "Acme", "\ud800", "\udc00",
                "\u2028", "\u00a0", "\ufeff", "\"; drop", ")", "(", ",", "and", "or", "not");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(8).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().all().ofLength(1000),
                Arbitraries.of("", "manufacturing", "high_intent"));
    }
}
