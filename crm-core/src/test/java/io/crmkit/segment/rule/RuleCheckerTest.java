package io.crmkit.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.config.CustomFieldType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCheckerTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    static final RuleVocabulary VOCABULARY = new RuleVocabulary(
            Map.of("industry", new RuleVocabulary.TagDimensionTerms("industry", false, List.of("manufacturing", "retail")),
                    "intent", new RuleVocabulary.TagDimensionTerms("intent", true, List.of()),
                    "level", new RuleVocabulary.TagDimensionTerms("level", false, List.of())),
            Map.of("years_of_cooperation", field("years_of_cooperation", CustomFieldType.INTEGER, List.of(), Optional.empty()),
                    "credit_limit", field("credit_limit", CustomFieldType.MONEY, List.of(), Optional.of(Currency.getInstance("USD"))),
                    "vip", field("vip", CustomFieldType.BOOLEAN, List.of(), Optional.empty()),
                    "score", field("score", CustomFieldType.DECIMAL, List.of(), Optional.empty()),
                    "notes", field("notes", CustomFieldType.LONG_TEXT, List.of(), Optional.empty()),
                    "signed", field("signed", CustomFieldType.DATE, List.of(), Optional.empty()),
                    "seen", field("seen", CustomFieldType.DATE_TIME, List.of(), Optional.empty()),
                    "source", field("source", CustomFieldType.SINGLE_CHOICE, List.of("exhibition", "referral"), Optional.empty()),
                    "channels", field("channels", CustomFieldType.MULTI_CHOICE, List.of("email", "phone"), Optional.empty())),
            Set.of("prospect", "won", "lost"), CNY);

    private static CustomFieldDefinition field(String key, CustomFieldType type, List<String> options, Optional<Currency> currency) {
        return new CustomFieldDefinition(key, key, type, false, 255, Optional.empty(), Optional.empty(), options, currency);
    }

    private static void ok(String text) {
        assertThatCode(() -> RuleChecker.check(RuleText.parseWithPositions(text), VOCABULARY, RuleLimits.defaults()))
                .as(text).doesNotThrowAnyException();
    }

    private static List<RuleProblem> problems(String text) {
        RuleException e = catchThrowableOfType(RuleException.class,
                () -> RuleChecker.check(RuleText.parseWithPositions(text), VOCABULARY, RuleLimits.defaults()));
        assertThat(e).as(text).isNotNull();
        return e.problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tag(industry) = \"manufacturing\" and spend(12 months) >= 100000 CNY and not tag(intent) in (\"prospect\")"
                + " and lastContact older than 30 days",
        "tag(intent) has all (\"a\", \"b\")", "tag(level) = \"anything\"", "tag(industry) has all (\"retail\")",
        "tag(industry) has none (\"retail\", \"manufacturing\")", "tag(level) is empty",
        "name contains \"科技\" or name starts with \"Acme\" or industry in (\"a\", \"b\") or region != \"x\"",
        "type = \"COMPANY\"", "status in (\"won\", \"lost\")", "status is empty",
        "created >= 2026-01-01T00:00:00Z", "lastContact within 12 hours", "firstPurchase < 2025-01-01",
        "lastPurchase within 3 months", "lastPurchase between 2025-01-01 and 2025-12-31",
        "custom(years_of_cooperation) between 3 and 10", "custom(years_of_cooperation) = 3.00",
        "custom(credit_limit) >= 50000 USD", "custom(vip) = true", "custom(vip) != false", "custom(score) in (1, 2.5)",
        "custom(notes) contains \"x\"", "custom(signed) older than 1 year", "custom(seen) within 2 hours",
        "custom(source) = \"referral\"", "custom(channels) contains \"email\"", "custom(channels) in (\"email\", \"phone\")",
        "custom(channels) is empty", "orders(this year) > 3", "averageOrder(last year) < 500.50 CNY",
        "margin(all time) >= 0 CNY", "growth(12 months) >= 20", "growth(1 week) between -10.5 and 10.5"})
    void acceptsWellFormedRules(String text) {
        ok(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tag(colour) = "red"                     | tag.unknown_dimension | 1 | 1  | known dimensions: industry, intent, level
            tag(industry) in ("retail", "bakery")   | tag.unknown_value     | 1 | 1  | 'bakery' is not a value of tag dimension 'industry'
            tag(industry) has all ("retail", "manufacturing") | tag.impossible | 1 | 1 | holds one value per customer
            custom(nope) = 1                        | custom.unknown_field  | 1 | 1  | unknown custom field 'nope'
            name < "x"                              | operator.not_allowed  | 1 | 1  | '<' does not apply to 'name' (text)
            custom(score) contains "1"              | operator.not_allowed  | 1 | 1  | 'contains' does not apply
            custom(vip) older than 3 days           | operator.not_allowed  | 1 | 1  | 'older than' does not apply
            custom(channels) = "email"              | operator.not_allowed  | 1 | 1  | use in, contains, is empty
            name = 3                                | type.mismatch         | 1 | 8  | expected text in double quotes but got the number 3
            custom(years_of_cooperation) = 3.5      | type.mismatch         | 1 | 32 | expected a whole number
            custom(score) = "3"                     | type.mismatch         | 1 | 17 | expected a number
            custom(credit_limit) > 5                | type.mismatch         | 1 | 24 | expected an amount such as 100 USD
            custom(credit_limit) > 5 CNY            | currency.mismatch     | 1 | 24 | is in USD, not CNY
            spend(12 months) > 5 USD                | currency.mismatch     | 1 | 20 | is in CNY, not USD
            firstPurchase < 2025-01-01T00:00:00Z    | type.mismatch         | 1 | 17 | expected a date such as 2026-01-31
            created > 2025-01-01                    | type.mismatch         | 1 | 11 | expected an instant
            custom(vip) = "yes"                     | type.mismatch         | 1 | 15 | expected true or false
            lastContact older than 2026-01-01       | type.mismatch         | 1 | 24 | expected a span such as 30 days
            lastPurchase within 3 hours             | span.hours_on_date    | 1 | 21 | spans on it are in days
            status = "archived"                     | choice.unknown_option | 1 | 10 | options: lost, prospect, won
            type = "company"                        | choice.unknown_option | 1 | 8  | options: COMPANY, INDIVIDUAL
            custom(source) = "web"                  | choice.unknown_option | 1 | 18 | options: exhibition, referral
            custom(channels) in ("fax")             | choice.unknown_option | 1 | 22 | options: email, phone
            custom(years_of_cooperation) between 10 and 3 | between.empty_range | 1 | 1 | needs a <= b
            created between 2026-02-01T00:00:00Z and 2026-01-01T00:00:00Z | between.empty_range | 1 | 1 | no value can match
            name contains "\\u0000"                | text.characters       | 1 | 15 | "\\u0000" holds a character no storage keeps
            custom(notes) = "a\\u0007b"            | text.characters       | 1 | 17 | "a\\u0007b" holds a character
            custom(source) = "\\uD800"              | text.characters       | 1 | 18 | unpaired surrogate
            tag(intent) = "hot\\u0000"             | text.characters       | 1 | 1  | the tag value "hot\\u0000"
            """)
    void reportsEachProblemWithItsPosition(String text, String code, int line, int column, String fragment) {
        List<RuleProblem> problems = problems(text.strip());
        assertThat(problems).hasSize(1);
        RuleProblem p = problems.get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.position()).contains(new SourcePosition(line, column));
        assertThat(p.message()).startsWith("line " + line + ", column " + column + ": ").contains(fragment);
    }

    @Test
    void collectsEveryProblemWithPaths() {
        Rule rule = RuleText.parse("tag(colour) = \"red\" and (name < \"x\" or custom(vip) = 1) and status in (\"won\", \"gone\")");
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleChecker.check(rule, VOCABULARY, RuleLimits.defaults()));
        assertThat(e.problems()).extracting(RuleProblem::code)
                .containsExactly("tag.unknown_dimension", "operator.not_allowed", "type.mismatch", "choice.unknown_option");
        assertThat(e.problems()).extracting(RuleProblem::path)
                .containsExactly("and[0]", "and[1].or[0]", "and[1].or[1].values[0]", "and[2].values[1]");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.position()).isEmpty());
        assertThat(e.problems().get(0).message()).startsWith("and[0]: unknown tag dimension");
        assertThat(e.getMessage()).contains("4 problems").contains("and[2].values[1]: 'gone' is not an option");
    }

    @Test
    void enforcesLimitsOnRulesBuiltInCode() {
        Rule rule = new Comparison(Attribute.REGION, Operator.IS_EMPTY, List.of());
        for (int i = 0; i < 100_000; i++) {
            rule = new Not(rule);
        }
        Rule deep = rule;
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleChecker.check(deep, VOCABULARY, RuleLimits.defaults()));
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("limit.depth");

        List<Rule> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(new Comparison(Attribute.REGION, Operator.IS_EMPTY, List.of()));
        }
        RuleException wide = catchThrowableOfType(RuleException.class,
                () -> RuleChecker.check(new AnyOf(many), VOCABULARY, RuleLimits.defaults()));
        assertThat(wide.problems()).extracting(RuleProblem::code).containsExactly("limit.conditions");

        List<Literal> values = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            values.add(new Literal.Decimal(BigDecimal.valueOf(i)));
        }
        RuleException list = catchThrowableOfType(RuleException.class, () -> RuleChecker.check(
                new Comparison(new CustomField("score"), Operator.IN, values), VOCABULARY, RuleLimits.defaults()));
        assertThat(list.problems()).extracting(RuleProblem::code).containsExactly("limit.values");
    }

    @Test
    void kindOfMapsEveryOperand() {
        assertThat(RuleChecker.kindOf(Attribute.LAST_CONTACT, VOCABULARY)).isEqualTo(ValueKind.DATE_TIME);
        assertThat(RuleChecker.kindOf(new Figure(FigureKind.GROWTH, CalendarWindow.ALL_TIME), VOCABULARY)).isEqualTo(ValueKind.DECIMAL);
        assertThat(RuleChecker.kindOf(new CustomField("notes"), VOCABULARY)).isEqualTo(ValueKind.TEXT);
        assertThat(RuleChecker.kindOf(new CustomField("source"), VOCABULARY)).isEqualTo(ValueKind.CHOICE);
        assertThat(RuleChecker.kindOf(new CustomField("channels"), VOCABULARY)).isEqualTo(ValueKind.MULTI_CHOICE);
        assertThat(RuleChecker.kindOf(new CustomField("credit_limit"), VOCABULARY)).isEqualTo(ValueKind.MONEY);
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleChecker.kindOf(new CustomField("nope"), VOCABULARY))
                .problems().get(0).code()).isEqualTo("custom.unknown_field");
    }
}
