package io.crmkit.kit;

import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.FigureKind;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Operand;
import io.crmkit.segment.rule.Operator;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random comparisons that pass the checker for {@link SegmentArbitraries#VOCABULARY}. */
final class RuleComparisons {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final List<Operator> TEXT_OPS = List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.CONTAINS,
            Operator.STARTS_WITH, Operator.IS_EMPTY);
    private static final List<Operator> CHOICE_OPS = List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.IS_EMPTY);
    private static final List<Operator> ORDERED_OPS = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE,
            Operator.GT, Operator.GE, Operator.BETWEEN, Operator.IN, Operator.IS_EMPTY);
    // older than and within are listed twice: drawn twice as often, as the relative forms are the ones used most.
    private static final List<Operator> TIME_OPS = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE,
            Operator.GT, Operator.GE, Operator.BETWEEN, Operator.IN, Operator.IS_EMPTY, Operator.OLDER_THAN,
            Operator.WITHIN, Operator.OLDER_THAN, Operator.WITHIN);

    private RuleComparisons() {
    }

    static Arbitrary<Rule> attribute() {
        return Arbitraries.of(Attribute.values()).flatMap(a -> switch (a.kind()) {
            case TEXT -> text(a);
            case CHOICE -> choice(a, a == Attribute.TYPE ? List.of("COMPANY", "INDIVIDUAL")
                    : List.of("prospect", "intent", "won", "lost"));
            case DATE -> dates(a);
            default -> instants(a);
        });
    }

    static Arbitrary<Rule> customField() {
        return Arbitraries.of("source", "channels", "years", "rating", "credit_limit", "first_order", "last_audit", "vip",
                "slogan").flatMap(key -> {
                    CustomField f = new CustomField(key);
                    return switch (key) {
                        case "source" -> choice(f, List.of("exhibition", "referral", "website"));
                        case "channels" -> Arbitraries.of(Operator.CONTAINS, Operator.IN, Operator.IS_EMPTY).flatMap(op ->
                                op == Operator.IS_EMPTY ? Arbitraries.just(rule(f, op, List.of()))
                                        : Arbitraries.subsetOf("phone", "email", "visit").ofMinSize(1)
                                        .ofMaxSize(op == Operator.CONTAINS ? 1 : 3)
                                        .map(s -> rule(f, op, s.stream().map(v -> (Literal) new Literal.Text(v)).toList())));
                        case "years" -> ordered(f, Arbitraries.integers().between(-1, 101)
                                .map(n -> (Literal) new Literal.Decimal(BigDecimal.valueOf(n))));
                        case "rating" -> ordered(f, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5"))
                                .ofScale(1).map(v -> (Literal) new Literal.Decimal(v)));
                        case "credit_limit" -> ordered(f, money(100000));
                        case "first_order" -> dates(f);
                        case "last_audit" -> instants(f);
                        case "vip" -> Arbitraries.of(Operator.EQ, Operator.NE, Operator.IS_EMPTY).flatMap(op ->
                                op == Operator.IS_EMPTY ? Arbitraries.just(rule(f, op, List.of()))
                                        : Arbitraries.of(true, false).map(b -> rule(f, op, List.of(new Literal.Flag(b)))));
                        default -> text(f);
                    };
                });
    }

    static Arbitrary<Rule> figure() {
        return Combinators.combine(Arbitraries.of(FigureKind.values()), SegmentArbitraries.windows()).as(Figure::new)
                .flatMap(f -> ordered(f, switch (f.figure()) {
                    case SPEND, MARGIN, AVERAGE_ORDER -> money(6000);
                    case ORDERS -> Arbitraries.integers().between(0, 5)
                            .map(n -> (Literal) new Literal.Decimal(BigDecimal.valueOf(n)));
                    case GROWTH -> Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("300"))
                            .ofScale(2).map(v -> (Literal) new Literal.Decimal(v));
                }));
    }

    private static Arbitrary<Literal> money(int max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(2)
                .map(v -> (Literal) new Literal.Amount(v, CNY));
    }

    private static Arbitrary<Rule> text(Operand operand) {
        return Arbitraries.of(TEXT_OPS).flatMap(op -> switch (op) {
            case IS_EMPTY -> Arbitraries.just(rule(operand, op, List.of()));
            case IN -> Arbitraries.subsetOf(SegmentArbitraries.texts()).ofMinSize(1).ofMaxSize(3)
                    .map(s -> rule(operand, op, s.stream().map(v -> (Literal) new Literal.Text(v)).toList()));
            default -> Arbitraries.of(SegmentArbitraries.texts()).map(v -> rule(operand, op, List.of(new Literal.Text(v))));
        });
    }

    private static Arbitrary<Rule> choice(Operand operand, List<String> options) {
        return Arbitraries.of(CHOICE_OPS).flatMap(op -> switch (op) {
            case IS_EMPTY -> Arbitraries.just(rule(operand, op, List.of()));
            case IN -> Arbitraries.subsetOf(options).ofMinSize(1)
                    .map(s -> rule(operand, op, s.stream().map(v -> (Literal) new Literal.Text(v)).toList()));
            default -> Arbitraries.of(options).map(v -> rule(operand, op, List.of(new Literal.Text(v))));
        });
    }

    private static Arbitrary<Rule> dates(Operand operand) {
        Arbitrary<Literal> day = Arbitraries.integers().between(-900, 30).map(n -> (Literal) new Literal.Day(TODAY.plusDays(n)));
        return timeline(operand, day, Arbitraries.of(PeriodUnit.DAYS, PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS));
    }

    private static Arbitrary<Rule> instants(Operand operand) {
        Arbitrary<Literal> moment = Arbitraries.longs().between(-1000L * 24 * 3600, 3600)
                .map(s -> (Literal) new Literal.Moment(SegmentArbitraries.NOW.plus(s, ChronoUnit.SECONDS)));
        return timeline(operand, moment, Arbitraries.of(PeriodUnit.values()));
    }

    private static Arbitrary<Rule> timeline(Operand operand, Arbitrary<Literal> value, Arbitrary<PeriodUnit> units) {
        return Arbitraries.of(TIME_OPS).flatMap(op -> {
            if (op == Operator.OLDER_THAN || op == Operator.WITHIN) {
                return Combinators.combine(Arbitraries.longs().between(1, 40), units)
                        .as((n, u) -> rule(operand, op, List.of(new Literal.Span(n, u))));
            }
            return values(operand, op, value);
        });
    }

    private static Arbitrary<Rule> ordered(Operand operand, Arbitrary<Literal> value) {
        return Arbitraries.of(ORDERED_OPS).flatMap(op -> values(operand, op, value));
    }

    private static Arbitrary<Rule> values(Operand operand, Operator op, Arbitrary<Literal> value) {
        return switch (op) {
            case IS_EMPTY -> Arbitraries.just(rule(operand, op, List.of()));
            case BETWEEN -> value.list().ofSize(2).map(l -> {
                List<Literal> sorted = new ArrayList<>(l);
                sorted.sort(Comparator.comparing(RuleComparisons::sortKey));
                return rule(operand, op, sorted);
            });
            case IN -> value.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(l -> rule(operand, op, l));
            default -> value.map(v -> rule(operand, op, List.of(v)));
        };
    }

    private static BigDecimal sortKey(Literal l) {
        if (l instanceof Literal.Decimal d) {
            return d.value();
        }
        if (l instanceof Literal.Amount a) {
            return a.amount();
        }
        if (l instanceof Literal.Day d) {
            return BigDecimal.valueOf(d.value().toEpochDay());
        }
        Instant i = ((Literal.Moment) l).value();
        return BigDecimal.valueOf(i.getEpochSecond()).add(BigDecimal.valueOf(i.getNano(), 9));
    }

    private static Rule rule(Operand operand, Operator op, List<Literal> values) {
        return new Comparison(operand, op, values);
    }
}
