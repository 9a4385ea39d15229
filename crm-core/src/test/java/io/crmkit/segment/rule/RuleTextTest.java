package io.crmkit.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTextTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    private static Rule tag(String d, TagTest test, String... values) {
        return new TagCondition(d, test, List.of(values));
    }

    private static Rule cmp(Operand o, Operator op, Literal... values) {
        return new Comparison(o, op, List.of(values));
    }

    private static Literal text(String s) {
        return new Literal.Text(s);
    }

    private static Literal num(String s) {
        return new Literal.Decimal(new BigDecimal(s));
    }

    private static Literal money(String s) {
        return new Literal.Amount(new BigDecimal(s), CNY);
    }

    @Test
    void tagConditions() {
        assertThat(RuleText.parse("tag(industry) = \"manufacturing\"")).isEqualTo(tag("industry", TagTest.HAS, "manufacturing"));
        assertThat(RuleText.parse("tag(intent) in (\"a\", \"b\")")).isEqualTo(tag("intent", TagTest.HAS_ANY, "a", "b"));
        assertThat(RuleText.parse("tag(need) has all (\"a\", \"b\")")).isEqualTo(tag("need", TagTest.HAS_ALL, "a", "b"));
        assertThat(RuleText.parse("tag(need) has none (\"a\")")).isEqualTo(tag("need", TagTest.HAS_NONE, "a"));
        assertThat(RuleText.parse("tag(level) is empty")).isEqualTo(tag("level", TagTest.IS_EMPTY));
    }

    @Test
    void attributeComparisons() {
        assertThat(RuleText.parse("industry = \"x\"")).isEqualTo(cmp(Attribute.INDUSTRY, Operator.EQ, text("x")));
        assertThat(RuleText.parse("status in (\"won\", \"lost\")"))
                .isEqualTo(cmp(Attribute.STATUS, Operator.IN, text("won"), text("lost")));
        assertThat(RuleText.parse("name contains \"科技\"")).isEqualTo(cmp(Attribute.NAME, Operator.CONTAINS, text("科技")));
        assertThat(RuleText.parse("name starts with \"Acme\"")).isEqualTo(cmp(Attribute.NAME, Operator.STARTS_WITH, text("Acme")));
        assertThat(RuleText.parse("region is empty")).isEqualTo(cmp(Attribute.REGION, Operator.IS_EMPTY));
        assertThat(RuleText.parse("region != \"east\"")).isEqualTo(cmp(Attribute.REGION, Operator.NE, text("east")));
        assertThat(RuleText.parse("created >= 2026-01-01T00:00:00Z"))
                .isEqualTo(cmp(Attribute.CREATED, Operator.GE, new Literal.Moment(Instant.parse("2026-01-01T00:00:00Z"))));
        assertThat(RuleText.parse("lastContact older than 30 days"))
                .isEqualTo(cmp(Attribute.LAST_CONTACT, Operator.OLDER_THAN, new Literal.Span(30, PeriodUnit.DAYS)));
        assertThat(RuleText.parse("lastPurchase within 3 months"))
                .isEqualTo(cmp(Attribute.LAST_PURCHASE, Operator.WITHIN, new Literal.Span(3, PeriodUnit.MONTHS)));
        assertThat(RuleText.parse("lastContact within 1 hour"))
                .isEqualTo(cmp(Attribute.LAST_CONTACT, Operator.WITHIN, new Literal.Span(1, PeriodUnit.HOURS)));
        assertThat(RuleText.parse("firstPurchase < 2025-01-01"))
                .isEqualTo(cmp(Attribute.FIRST_PURCHASE, Operator.LT, new Literal.Day(LocalDate.of(2025, 1, 1))));
        assertThat(RuleText.parse("updated <= 2026-01-01T08:00:00.123456Z")).isEqualTo(cmp(Attribute.UPDATED, Operator.LE,
                new Literal.Moment(Instant.parse("2026-01-01T08:00:00.123456Z"))));
    }

    @Test
    void customFieldsAndFigures() {
        assertThat(RuleText.parse("custom(years_of_cooperation) between 3 and 10"))
                .isEqualTo(cmp(new CustomField("years_of_cooperation"), Operator.BETWEEN, num("3"), num("10")));
        assertThat(RuleText.parse("custom(credit_limit) >= 50000 CNY"))
                .isEqualTo(cmp(new CustomField("credit_limit"), Operator.GE, money("50000")));
        assertThat(RuleText.parse("custom(vip) = true")).isEqualTo(cmp(new CustomField("vip"), Operator.EQ, new Literal.Flag(true)));
        assertThat(RuleText.parse("spend(12 months) >= 100000 CNY")).isEqualTo(cmp(new Figure(FigureKind.SPEND,
                new TrailingWindow(12, PeriodUnit.MONTHS)), Operator.GE, money("100000")));
        assertThat(RuleText.parse("orders(this year) > 3"))
                .isEqualTo(cmp(new Figure(FigureKind.ORDERS, CalendarWindow.THIS_YEAR), Operator.GT, num("3")));
        assertThat(RuleText.parse("averageOrder(last year) < 500.50 CNY")).isEqualTo(cmp(new Figure(FigureKind.AVERAGE_ORDER,
                CalendarWindow.LAST_YEAR), Operator.LT, money("500.50")));
        assertThat(RuleText.parse("margin(all time) >= 0 CNY"))
                .isEqualTo(cmp(new Figure(FigureKind.MARGIN, CalendarWindow.ALL_TIME), Operator.GE, money("0")));
        assertThat(RuleText.parse("growth(1 year) >= -20.5")).isEqualTo(cmp(new Figure(FigureKind.GROWTH,
                new TrailingWindow(1, PeriodUnit.YEARS)), Operator.GE, num("-20.5")));
    }

    @Test
    void numbersKeepTheirScale() {
        Comparison c = (Comparison) RuleText.parse("growth(12 months) >= 20.00");
        assertThat(((Literal.Decimal) c.values().get(0)).value().scale()).isEqualTo(2);
    }

    @Test
    void precedenceAndGrouping() {
        Rule a = cmp(Attribute.REGION, Operator.IS_EMPTY);
        Rule b = cmp(Attribute.CITY, Operator.IS_EMPTY);
        Rule c = cmp(Attribute.SIZE, Operator.IS_EMPTY);
        assertThat(RuleText.parse("region is empty and city is empty and size is empty")).isEqualTo(new AllOf(List.of(a, b, c)));
        assertThat(RuleText.parse("region is empty or city is empty and size is empty"))
                .isEqualTo(new AnyOf(List.of(a, new AllOf(List.of(b, c)))));
        assertThat(RuleText.parse("(region is empty or city is empty) and size is empty"))
                .isEqualTo(new AllOf(List.of(new AnyOf(List.of(a, b)), c)));
        assertThat(RuleText.parse("not region is empty and city is empty")).isEqualTo(new AllOf(List.of(new Not(a), b)));
        assertThat(RuleText.parse("not (region is empty and city is empty)")).isEqualTo(new Not(new AllOf(List.of(a, b))));
        assertThat(RuleText.parse("((region is empty))")).isEqualTo(a);
        assertThat(RuleText.parse("region is empty and (city is empty and size is empty)"))
                .isEqualTo(new AllOf(List.of(a, new AllOf(List.of(b, c)))));
    }

    @Test
    void printsCanonically() {
        String example = "tag(industry) = \"manufacturing\" and spend(12 months) >= 100000 CNY"
                + " and not tag(intent) in (\"prospect\") and lastContact older than 30 days";
        assertThat(RuleText.print(RuleText.parse(example))).isEqualTo(example);
        assertThat(RuleText.print(RuleText.parse("( region is empty\n or city is empty )\tand not(size is empty and city is empty)")))
                .isEqualTo("(region is empty or city is empty) and not (size is empty and city is empty)");
        assertThat(RuleText.print(RuleText.parse("lastContact within 1 hours"))).isEqualTo("lastContact within 1 hour");
        assertThat(RuleText.print(RuleText.parse("region is empty and (city is empty and size is empty)")))
                .isEqualTo("region is empty and (city is empty and size is empty)");
        assertThat(RuleText.print(RuleText.parse("region is empty or (city is empty or size is empty)")))
                .isEqualTo("region is empty or (city is empty or size is empty)");
        assertThat(RuleText.print(RuleText.parse("region is empty or (city is empty and size is empty)")))
                .isEqualTo("region is empty or city is empty and size is empty");
    }

    @Test
    void stringEscapesRoundTrip() {
        assertThat(RuleText.parse("name = \"a\\\"b\\\\c\\n\\t\\r\\u00e9\""))
                .isEqualTo(cmp(Attribute.NAME, Operator.EQ, text("a\"b\\c\n\t\ré")));
        String hostile = "\"\\\u0000\u202eשלום😀\ud800";
        String printed = RuleText.print(cmp(Attribute.NAME, Operator.EQ, text(hostile)));
        assertThat(printed).isEqualTo("name = \"\\\"\\\\\\u0000\\u202Eשלום😀\\uD800\"");
        assertThat(RuleText.parse(printed)).isEqualTo(cmp(Attribute.NAME, Operator.EQ, text(hostile)));
    }

    @Test
    void positionsOfNodesAndLiterals() {
        ParsedRule parsed = RuleText.parseWithPositions("region is empty and\n  custom(vip) = true");
        AllOf all = (AllOf) parsed.rule();
        assertThat(parsed.positionOf(all)).contains(new SourcePosition(1, 1));
        assertThat(parsed.positionOf(all.rules().get(1))).contains(new SourcePosition(2, 3));
        assertThat(parsed.positionOf(((Comparison) all.rules().get(1)).values().get(0))).contains(new SourcePosition(2, 17));
        assertThat(parsed.positionOf(new Literal.Flag(true))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            spend(12 months) >= and x          | 1 | 21 | syntax.expected           | expected a value after '>=' but found 'and'
            tag(industry) = "abc               | 1 | 17 | syntax.unterminated_string| string not terminated
            name = "a\\qb"                     | 1 | 10 | syntax.bad_escape         | bad escape '\\q'
            name = "\\u12"                     | 1 | 9  | syntax.bad_escape         | four hex digits
            colour = "red"                     | 1 | 1  | syntax.unknown_attribute  | known attributes: name, type, industry
            custom(x) between 3                | 1 | 20 | syntax.expected           | expected 'and' and a second value after 'between 3'
            custom(x) = 12345678901234567890123456789012345678901 | 1 | 13 | syntax.number_too_long | at most 40 digits
            region is empty region             | 1 | 17 | syntax.trailing_input     | expected 'and', 'or' or the end of the rule but found 'region'
            region is empty and                | 1 | 20 | syntax.expected           | expected a condition but found the end of the text
            tag(Industry) = "x"                | 1 | 5  | syntax.bad_identifier     | expected a tag dimension key
            custom(x) = 5 ABC                  | 1 | 15 | syntax.unknown_currency   | 'ABC' is not an ISO 4217 currency code
            lastContact older than 0 days      | 1 | 24 | syntax.out_of_range       | a span is a whole number of 1 to 100000
            spend(12 hours) > 1 CNY            | 1 | 10 | syntax.expected           | expected a window unit
            spend(1001 days) > 1 CNY           | 1 | 7  | syntax.out_of_range       | a window is a whole number of 1 to 1000
            created > 2026-02-30               | 1 | 11 | syntax.bad_date           | not a valid date
            created > 2026-01-01T00:00:00.0000001Z | 1 | 11 | syntax.bad_instant    | finer than a microsecond
            tag(need) has all ("a", "a")       | 1 | 25 | syntax.duplicate_value    | listed twice
            name ~ "x"                         | 1 | 6  | syntax.unexpected_character | unexpected character '~'
            name equals "x"                    | 1 | 6  | syntax.expected           | expected an operator
            (region is empty                   | 1 | 17 | syntax.expected           | expected ')' to close the '(' at line 1, column 1
            custom(x) in ()                    | 1 | 15 | syntax.expected           | expected a value after '('
            tag(x) has some ("a")              | 1 | 12 | syntax.expected           | expected 'all' or 'none' after 'has'
            region is empty AND city is empty  | 1 | 17 | syntax.trailing_input     | found 'AND'
            """)
    void syntaxErrorsArePositioned(String text, int line, int column, String code, String fragment) {
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleText.parse(text.strip()));
        assertThat(e).as(text).isNotNull();
        RuleProblem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.position()).contains(new SourcePosition(line, column));
        assertThat(p.message()).startsWith("line " + line + ", column " + column + ": ").contains(fragment);
        assertThat(e.getMessage()).contains(p.message());
    }

    @Test
    void errorPositionsCountLinesAndCodePoints() {
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleText.parse("name = \"😀😀\" and\n   city = "));
        assertThat(e.problems().get(0).position()).contains(new SourcePosition(2, 11));
        RuleException f = catchThrowableOfType(RuleException.class, () -> RuleText.parse("name = \"😀\" x"));
        assertThat(f.problems().get(0).position()).contains(new SourcePosition(1, 12));
    }

    @Test
    void limitsAreEnforced() {
        RuleException deep = catchThrowableOfType(RuleException.class, () -> RuleText.parse("(".repeat(100_000)));
        assertThat(deep.problems().get(0).code()).isEqualTo("limit.text_length");
        RuleLimits roomy = new RuleLimits(1_000_000, 32, 500, 1000);
        RuleException parens = catchThrowableOfType(RuleException.class, () -> RuleText.parse("(".repeat(100_000), roomy));
        assertThat(parens.problems().get(0).code()).isEqualTo("limit.depth");
        assertThat(parens.problems().get(0).position()).contains(new SourcePosition(1, 33));
        RuleException nots = catchThrowableOfType(RuleException.class,
                () -> RuleText.parse("not ".repeat(50_000) + "region is empty", roomy));
        assertThat(nots.problems().get(0).code()).isEqualTo("limit.depth");
        assertThat(RuleText.parse("not ".repeat(31) + "region is empty")).isNotNull();
        RuleException many = catchThrowableOfType(RuleException.class, () -> RuleText.parse(
                String.join(" or ", java.util.Collections.nCopies(501, "region is empty")), roomy));
        assertThat(many.problems().get(0).code()).isEqualTo("limit.conditions");
        String list = String.join(", ", java.util.Collections.nCopies(1001, "1"));
        RuleException values = catchThrowableOfType(RuleException.class, () -> RuleText.parse("custom(x) in (" + list + ")", roomy));
        assertThat(values.problems().get(0).code()).isEqualTo("limit.values");
        RuleException tooLong = catchThrowableOfType(RuleException.class,
                () -> RuleText.parse("name = \"" + "x".repeat(10_000) + "\""));
        assertThat(tooLong.problems().get(0).code()).isEqualTo("limit.text_length");
    }

    @Test
    void printerRefusesWhatTheTextFormCannotWrite() {
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleText.print(cmp(Attribute.NAME, Operator.EQ,
                new Literal.Decimal(new BigDecimal("1E+3"))))).problems().get(0).code()).isEqualTo("print.unrepresentable");
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleText.print(cmp(new CustomField("Bad Key"),
                Operator.IS_EMPTY))).problems().get(0).code()).isEqualTo("print.unrepresentable");
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleText.print(cmp(Attribute.CREATED, Operator.EQ,
                new Literal.Day(LocalDate.of(10_000, 1, 1))))).problems().get(0).code()).isEqualTo("print.unrepresentable");
    }
}
