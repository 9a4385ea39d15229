package io.crmkit.segment.eval;

import io.crmkit.purchase.DateRange;
import io.crmkit.purchase.PurchaseWindows;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Compiles comparisons of purchase figures. The window's dates are resolved once; per customer
 * the figure is a loop over its date-sorted purchase arrays. Spend, orders and margin always
 * have a value (0 without purchases); average order is compared exactly as spend / orders and
 * is empty without purchases; growth is compared exactly as
 * {@code (spend - before) * 100 / before} and is empty when the window before had no spend.
 */
final class FigureNodes {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureNodes() {
    }

    static Node compile(Comparison c, Figure figure, FactsLayout layout, EvaluationTime time) {
        LocalDate today = time.today();
        int[] range = days(PurchaseWindows.range(figure.window(), today));
        Operator op = c.operator();
        int digits = figure.figure().kind() == io.crmkit.segment.rule.ValueKind.MONEY ? layout.currencyDigits() : 0;
        List<BigDecimal> literals = c.values().stream().map(ValueNodes::number).map(v -> v.movePointRight(digits)).toList();
        return switch (figure.figure()) {
            case SPEND -> op == Operator.IS_EMPTY ? new Node.Constant(c, false)
                    : sum(c, range, LongCondition.of(op, literals), false);
            case MARGIN -> op == Operator.IS_EMPTY ? new Node.Constant(c, false)
                    : sum(c, range, LongCondition.of(op, literals), true);
            case ORDERS -> op == Operator.IS_EMPTY ? new Node.Constant(c, false) : orders(c, range, LongCondition.of(op, literals));
            case AVERAGE_ORDER -> average(c, range, literals);
            case GROWTH -> growth(c, range, PurchaseWindows.previous(figure.window(), today).map(FigureNodes::days), literals);
        };
    }

    private static int[] days(DateRange r) {
        return new int[] {
            r.first().map(d -> Math.toIntExact(d.toEpochDay())).orElse(Integer.MIN_VALUE),
            r.last().map(d -> Math.toIntExact(d.toEpochDay())).orElse(Integer.MAX_VALUE)};
    }

    private static Node sum(Comparison c, int[] range, LongCondition condition, boolean margin) {
        return new Sum(c, range[0], range[1], condition, margin);
    }

    /** Spend or margin over a window, compared with whole-number bounds in minor units. */
    static final class Sum extends Node {
        final int from;
        final int to;
        final LongCondition condition;
        final boolean margin;

        Sum(Comparison source, int from, int to, LongCondition condition, boolean margin) {
            super(source);
            this.from = from;
            this.to = to;
            this.condition = condition;
            this.margin = margin;
        }

        static long total(int[] days, long[] values, int from, int to) {
            long total = 0;
            for (int i = 0; i < days.length; i++) {
                int d = days[i];
                if (d >= from && d <= to) {
                    total = Math.addExact(total, values[i]);
                }
            }
            return total;
        }

        @Override
        boolean test(SegmentFacts f) {
            return condition.test(total(f.purchaseDays, margin ? f.purchaseMargins : f.purchaseAmounts, from, to));
        }

        @Override
        int cost() {
            return 10;
        }
    }

    private static Node orders(Comparison c, int[] range, LongCondition condition) {
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                return condition.test(count(f, range));
            }
        };
    }

    private static long count(SegmentFacts f, int[] range) {
        long n = 0;
        for (int d : f.purchaseDays) {
            if (d >= range[0] && d <= range[1]) {
                n++;
            }
        }
        return n;
    }

    private static long spend(SegmentFacts f, int[] range) {
        return Sum.total(f.purchaseDays, f.purchaseAmounts, range[0], range[1]);
    }

    /** spend / n op X  ⇔  spend op X × n (n > 0): exact, no division. */
    private static Node average(Comparison c, int[] range, List<BigDecimal> literals) {
        Operator op = c.operator();
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                long n = count(f, range);
                if (n == 0) {
                    return op == Operator.IS_EMPTY;
                }
                if (op == Operator.IS_EMPTY) {
                    return false;
                }
                BigDecimal s = BigDecimal.valueOf(spend(f, range));
                BigDecimal count = BigDecimal.valueOf(n);
                return ValueNodes.holds(op, s, literals.stream().map(x -> x.multiply(count)).toList());
            }
        };
    }

    /** (s - p) × 100 / p op g  ⇔  (s - p) × 100 op g × p (p > 0): exact, no division. */
    private static Node growth(Comparison c, int[] range, Optional<int[]> before, List<BigDecimal> literals) {
        Operator op = c.operator();
        if (before.isEmpty()) {
            return new Node.Constant(c, op == Operator.IS_EMPTY);
        }
        int[] previous = before.get();
        return new Node(c) {
            @Override
            boolean test(SegmentFacts f) {
                long p = spend(f, previous);
                if (p == 0) {
                    return op == Operator.IS_EMPTY;
                }
                if (op == Operator.IS_EMPTY) {
                    return false;
                }
                BigDecimal prev = BigDecimal.valueOf(p);
                BigDecimal lhs = BigDecimal.valueOf(spend(f, range)).subtract(prev).multiply(HUNDRED);
                return ValueNodes.holds(op, lhs, literals.stream().map(g -> g.multiply(prev)).toList());
            }
        };
    }
}
