package io.crmkit.jdbc.segment;

import io.crmkit.purchase.DateRange;
import io.crmkit.purchase.PurchaseWindows;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Purchase figures in SQL: {@code EXISTS (SELECT 1 FROM purchase p WHERE <customer, counted,
 * dates> HAVING <figure> op ?)}. Average order and growth are compared the way the in-memory
 * evaluation compares them, exactly and without division:
 * {@code spend / n op X} is {@code SUM(amount - X) op 0} (with n > 0), and
 * {@code (s - p) * 100 / p op g} is {@code SUM(current amount * 100 - previous amount * (100 + g)) op 0}
 * (with p > 0). Parameters only ever meet a NUMERIC column, so both databases type them alike.
 */
final class FigureSql {
    private static final String SPEND = "COALESCE(SUM(p.base_amount), 0)";
    private static final String MARGIN = "COALESCE(SUM(p.base_margin), 0)";
    private static final String ORDERS = "COUNT(*)";

    private FigureSql() {
    }

    static void append(RuleSql t, Comparison c, Figure f) {
        LocalDate today = t.today();
        DateRange range = PurchaseWindows.range(f.window(), today);
        Operator op = c.operator();
        switch (f.figure()) {
            case SPEND, MARGIN, ORDERS -> {
                if (op == Operator.IS_EMPTY) {
                    t.sql().append("1 = 0");
                    return;
                }
                open(t, range);
                t.sql().append(" HAVING ");
                t.compare(c, f.figure() == io.crmkit.segment.rule.FigureKind.SPEND ? SPEND
                        : f.figure() == io.crmkit.segment.rule.FigureKind.MARGIN ? MARGIN : ORDERS, false);
                t.sql().append(')');
            }
            case AVERAGE_ORDER -> average(t, c, range);
            case GROWTH -> growth(t, c, range, PurchaseWindows.previous(f.window(), today));
        }
    }

    private static void open(RuleSql t, DateRange range) {
        t.sql().append(t.purchasesExist());
        range.first().ifPresent(d -> {
            t.sql().append(" AND p.purchased_on >= ?");
            t.bind(d);
        });
        range.last().ifPresent(d -> {
            t.sql().append(" AND p.purchased_on <= ?");
            t.bind(d);
        });
    }

    private static void average(RuleSql t, Comparison c, DateRange range) {
        if (c.operator() == Operator.IS_EMPTY) {
            t.sql().append("NOT ");
            open(t, range);
            t.sql().append(')');
            return;
        }
        open(t, range);
        t.sql().append(" HAVING COUNT(*) > 0 AND ");
        relation(t, c, x -> {
            t.sql().append("SUM(p.base_amount - ?)");
            t.bind(x);
        });
        t.sql().append(')');
    }

    private static void growth(RuleSql t, Comparison c, DateRange current, Optional<DateRange> before) {
        if (before.isEmpty()) {
            t.sql().append(c.operator() == Operator.IS_EMPTY ? "1 = 1" : "1 = 0");
            return;
        }
        DateRange previous = before.get();
        // Rows of both windows; CASE picks each window's rows (this year and last year's same days are not adjacent).
        DateRange both = new DateRange(previous.first(), current.last());
        if (c.operator() == Operator.IS_EMPTY) {
            t.sql().append("NOT ");
        }
        open(t, both);
        t.sql().append(" HAVING ");
        previousSpend(t, previous);
        t.sql().append(" > 0");
        if (c.operator() != Operator.IS_EMPTY) {
            t.sql().append(" AND ");
            relation(t, c, g -> {
                t.sql().append("SUM(CASE WHEN ");
                inRange(t, current);
                t.sql().append(" THEN p.base_amount * 100 ELSE 0 END - CASE WHEN ");
                inRange(t, previous);
                t.sql().append(" THEN p.base_amount * ? ELSE 0 END)");
                t.bind(g.add(BigDecimal.valueOf(100)));
            });
        }
        t.sql().append(')');
    }

    private static void previousSpend(RuleSql t, DateRange previous) {
        t.sql().append("COALESCE(SUM(CASE WHEN ");
        inRange(t, previous);
        t.sql().append(" THEN p.base_amount ELSE 0 END), 0)");
    }

    private static void inRange(RuleSql t, DateRange r) {
        t.sql().append("p.purchased_on >= ? AND p.purchased_on <= ?");
        t.bind(r.first().orElseThrow());
        t.bind(r.last().orElseThrow());
    }

    /** Writes {@code expr(x) op 0} for the operator, {@code expr} being written per literal. */
    private static void relation(RuleSql t, Comparison c, java.util.function.Consumer<BigDecimal> expression) {
        List<BigDecimal> xs = c.values().stream().map(RuleSql::number).toList();
        Operator op = c.operator();
        switch (op) {
            case EQ, NE, LT, LE, GT, GE -> {
                expression.accept(xs.get(0));
                t.sql().append(' ').append(op == Operator.NE ? "<>" : op.text()).append(" 0");
            }
            case BETWEEN -> {
                expression.accept(xs.get(0));
                t.sql().append(" >= 0 AND ");
                expression.accept(xs.get(1));
                t.sql().append(" <= 0");
            }
            case IN -> {
                t.sql().append('(');
                for (int i = 0; i < xs.size(); i++) {
                    t.sql().append(i == 0 ? "" : " OR ");
                    expression.accept(xs.get(i));
                    t.sql().append(" = 0");
                }
                t.sql().append(')');
            }
            default -> throw new IllegalArgumentException("not a figure comparison: " + op.text() + " " + Literal.class);
        }
    }
}
