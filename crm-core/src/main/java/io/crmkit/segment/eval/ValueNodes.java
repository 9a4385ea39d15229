package io.crmkit.segment.eval;

import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Compiles comparisons of one value per customer, whatever it is read from: text, whole
 * numbers on a time line (epoch days, microseconds), decimals, flags and sets of options.
 * {@link AttributeNodes} and {@link CustomFieldNodes} supply the readers. A customer without a
 * value passes only {@code is empty}.
 */
final class ValueNodes {
    /** What a whole-number reader returns for "no value". */
    static final long ABSENT = Long.MIN_VALUE;

    private ValueNodes() {
    }

    static Node text(Comparison c, Function<SegmentFacts, String> read, boolean ignoreCase) {
        Operator op = c.operator();
        List<String> values = new ArrayList<>();
        for (Literal l : c.values()) {
            String v = ((Literal.Text) l).value();
            values.add(ignoreCase && (op == Operator.CONTAINS || op == Operator.STARTS_WITH) ? v.toLowerCase(Locale.ROOT) : v);
        }
        Set<String> set = Set.copyOf(values);
        String first = values.isEmpty() ? "" : values.get(0);
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                String x = read.apply(f);
                if (x == null) {
                    return op == Operator.IS_EMPTY;
                }
                return switch (op) {
                    case EQ -> x.equals(first);
                    case NE -> !x.equals(first);
                    case IN -> set.contains(x);
                    case CONTAINS -> x.contains(first);
                    case STARTS_WITH -> x.startsWith(first);
                    default -> false;
                };
            }
        };
    }

    /**
     * A whole-number value: counts, epoch days, microseconds.
     *
     * @param literals the literals converted to the reader's unit
     */
    static Node whole(Comparison c, ToLongFunction<SegmentFacts> read, List<BigDecimal> literals) {
        if (c.operator() == Operator.IS_EMPTY) {
            return new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return read.applyAsLong(f) == ABSENT;
                }
            };
        }
        LongCondition condition = LongCondition.of(c.operator(), literals);
        return range(c, read, condition);
    }

    static Node range(Comparison c, ToLongFunction<SegmentFacts> read, LongCondition condition) {
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                long x = read.applyAsLong(f);
                return x != ABSENT && condition.test(x);
            }
        };
    }

    /** A date read as an epoch day: comparisons, {@code older than} and {@code within}. */
    static Node day(Comparison c, ToLongFunction<SegmentFacts> read, EvaluationTime time) {
        Operator op = c.operator();
        if (op == Operator.OLDER_THAN || op == Operator.WITHIN) {
            long threshold = time.dateBefore((Literal.Span) c.values().get(0)).toEpochDay();
            return range(c, read, op == Operator.OLDER_THAN ? LongCondition.between(Long.MIN_VALUE + 1, threshold - 1)
                    : LongCondition.between(threshold, time.today().toEpochDay()));
        }
        return whole(c, read, c.values().stream().map(l -> BigDecimal.valueOf(((Literal.Day) l).value().toEpochDay())).toList());
    }

    /** An instant read as epoch microseconds: comparisons, {@code older than} and {@code within}. */
    static Node instant(Comparison c, ToLongFunction<SegmentFacts> read, EvaluationTime time) {
        Operator op = c.operator();
        if (op == Operator.OLDER_THAN || op == Operator.WITHIN) {
            long threshold = FactsLayout.micros(time.instantBefore((Literal.Span) c.values().get(0)));
            return range(c, read, op == Operator.OLDER_THAN ? LongCondition.between(Long.MIN_VALUE + 1, threshold - 1)
                    : LongCondition.between(threshold, FactsLayout.micros(time.now())));
        }
        return whole(c, read, c.values().stream()
                .map(l -> BigDecimal.valueOf(FactsLayout.micros(((Literal.Moment) l).value()))).toList());
    }

    static Node decimal(Comparison c, Function<SegmentFacts, BigDecimal> read, List<BigDecimal> literals) {
        Operator op = c.operator();
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                BigDecimal x = read.apply(f);
                if (x == null) {
                    return op == Operator.IS_EMPTY;
                }
                return holds(op, x, literals);
            }
        };
    }

    /** Whether {@code x op literals} holds, comparing exactly. */
    static boolean holds(Operator op, BigDecimal x, List<BigDecimal> literals) {
        return switch (op) {
            case EQ -> x.compareTo(literals.get(0)) == 0;
            case NE -> x.compareTo(literals.get(0)) != 0;
            case LT -> x.compareTo(literals.get(0)) < 0;
            case LE -> x.compareTo(literals.get(0)) <= 0;
            case GT -> x.compareTo(literals.get(0)) > 0;
            case GE -> x.compareTo(literals.get(0)) >= 0;
            case BETWEEN -> x.compareTo(literals.get(0)) >= 0 && x.compareTo(literals.get(1)) <= 0;
            case IN -> literals.stream().anyMatch(v -> x.compareTo(v) == 0);
            default -> false;
        };
    }

    static Node flag(Comparison c, Function<SegmentFacts, Boolean> read) {
        Operator op = c.operator();
        boolean literal = !c.values().isEmpty() && ((Literal.Flag) c.values().get(0)).value();
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                Boolean x = read.apply(f);
                if (x == null) {
                    return op == Operator.IS_EMPTY;
                }
                return op == Operator.EQ ? x == literal : op == Operator.NE && x != literal;
            }
        };
    }

    /** A set of options (a multi-choice field): {@code contains}, {@code in} (any of), {@code is empty} (none chosen). */
    static Node options(Comparison c, Function<SegmentFacts, Set<String>> read) {
        Operator op = c.operator();
        List<String> values = c.values().stream().map(l -> ((Literal.Text) l).value()).toList();
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                Set<String> x = read.apply(f);
                if (x == null || x.isEmpty()) {
                    return op == Operator.IS_EMPTY;
                }
                return (op == Operator.CONTAINS || op == Operator.IN) && values.stream().anyMatch(x::contains);
            }
        };
    }

    static BigDecimal number(Literal l) {
        if (l instanceof Literal.Decimal d) {
            return d.value();
        }
        return ((Literal.Amount) l).amount();
    }
}
