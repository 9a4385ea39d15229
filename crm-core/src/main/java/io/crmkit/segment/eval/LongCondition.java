package io.crmkit.segment.eval;

import io.crmkit.segment.rule.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A comparison of a whole number (a count, minor units of money, an epoch day or microsecond)
 * with decimal literals, turned into whole-number bounds once: {@code x >= 100.005} with x in
 * cents becomes {@code x >= 10001}. Exact, and no arithmetic per customer.
 */
final class LongCondition {
    private final Operator op;
    private final long low;
    private final long high;
    private final long[] equalTo;

    private LongCondition(Operator op, long low, long high, long[] equalTo) {
        this.op = op;
        this.low = low;
        this.high = high;
        this.equalTo = equalTo;
    }

    /**
     * Compiles a comparison.
     *
     * @param op EQ, NE, LT, LE, GT, GE, BETWEEN or IN
     * @param literals the literals, already in the value's unit (e.g. cents)
     */
    static LongCondition of(Operator op, List<BigDecimal> literals) {
        return switch (op) {
            case EQ, NE, IN -> new LongCondition(op, 0, 0, literals.stream().filter(LongCondition::integral)
                    .filter(LongCondition::fits).mapToLong(BigDecimal::longValueExact).toArray());
            case LT -> new LongCondition(op, Long.MIN_VALUE, ceil(literals.get(0)) - 1, null);
            case LE -> new LongCondition(op, Long.MIN_VALUE, floor(literals.get(0)), null);
            case GT -> new LongCondition(op, floor(literals.get(0)) + 1, Long.MAX_VALUE, null);
            case GE -> new LongCondition(op, ceil(literals.get(0)), Long.MAX_VALUE, null);
            case BETWEEN -> new LongCondition(op, ceil(literals.get(0)), floor(literals.get(1)), null);
            default -> throw new IllegalArgumentException("not a numeric comparison: " + op);
        };
    }

    /**
     * Compiles a range test {@code low <= x <= high} directly.
     *
     * @param low the lowest value that passes
     * @param high the highest value that passes
     */
    static LongCondition between(long low, long high) {
        return new LongCondition(Operator.BETWEEN, low, high, null);
    }

    /** {@return whether this is a range test {@code low <= x <= high} (not a list of values)} */
    boolean isRange() {
        return equalTo == null;
    }

    /** {@return the lowest value that passes a range test; {@code Long.MIN_VALUE}: no lower bound} */
    long low() {
        return low;
    }

    /** {@return the highest value that passes a range test; {@code Long.MAX_VALUE}: no upper bound} */
    long high() {
        return high;
    }

    boolean test(long x) {
        if (equalTo != null) {
            boolean equal = false;
            for (long v : equalTo) {
                equal |= v == x;
            }
            return op == Operator.NE ? !equal : equal;
        }
        return x >= low && x <= high;
    }

    private static boolean integral(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fits(BigDecimal v) {
        return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
    }

    // Saturating: a bound beyond the long range keeps everything (or nothing) as it should.
    private static long ceil(BigDecimal v) {
        return clamp(v.setScale(0, RoundingMode.CEILING));
    }

    private static long floor(BigDecimal v) {
        return clamp(v.setScale(0, RoundingMode.FLOOR));
    }

    private static long clamp(BigDecimal whole) {
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0) {
            return Long.MAX_VALUE - 1;
        }
        if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE + 1)) <= 0) {
            return Long.MIN_VALUE + 1;
        }
        return whole.longValueExact();
    }
}
