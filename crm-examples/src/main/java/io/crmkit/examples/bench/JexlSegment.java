package io.crmkit.examples.bench;

import io.crmkit.customer.CustomFieldValue;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.eval.SegmentFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * The benchmark rule ({@link SegmentBenchData#RULE}) as an Apache Commons JEXL 3 expression,
 * what a Java host without crmkit would likely embed for user-defined rules. The expression
 * is compiled once; each customer is then one evaluation against a context whose only
 * variable {@code c} is a reusable {@link CustomerFacts} view of the customer's facts, whose
 * small accessor methods do the work the hand-written code does. The window's days and the
 * 30-days-ago instant are worked out once and written into the expression as literals.
 *
 * <p>The engine is strict (unknown names fail instead of yielding null), caches its parsed
 * expressions and method lookups (JEXL's per-node cache), and may only call into this package
 * (JEXL's {@code RESTRICTED} permissions plus {@code io.crmkit.examples.bench}).
 */
public final class JexlSegment {
    private final JexlExpression expression;
    private final CustomerFacts view;
    private final JexlContext context;
    private final String text;

    /**
     * Compiles the expression.
     *
     * @param layout the layout the facts are built with
     * @param now when the rule is evaluated
     * @param zone the deployment's time zone
     */
    public JexlSegment(FactsLayout layout, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        long from = today.minusMonths(12).plusDays(1).toEpochDay();
        long to = today.toEpochDay();
        Instant contact = ZonedDateTime.ofInstant(now, zone).minusDays(30).toInstant();
        long contactMicros = contact.getEpochSecond() * 1_000_000L + contact.getNano() / 1000;
        text = "c.hasTag('industry', 'manufacturing')"
                + " && (c.hasTag('intent', 'high_intent') || c.hasTag('intent', 'long_term_partner'))"
                + " && c.years >= 3"
                + " && c.spendBetween(" + from + ", " + to + ") >= 10000000"
                + " && c.lastContactBefore(" + contactMicros + "L)";
        JexlEngine engine = new JexlBuilder()
                .permissions(JexlPermissions.RESTRICTED.compose("io.crmkit.examples.bench.*"))
                .strict(true).silent(false).cache(64).create();
        expression = engine.createExpression(text);
        view = new CustomerFacts(layout);
        context = new JexlContext() {
            @Override
            public Object get(String name) {
                return "c".equals(name) ? view : null;
            }

            @Override
            public void set(String name, Object value) {
                throw new UnsupportedOperationException("the rule cannot assign " + name);
            }

            @Override
            public boolean has(String name) {
                return "c".equals(name);
            }
        };
    }

    /** {@return the expression's text} */
    public String text() {
        return text;
    }

    /**
     * Whether a customer matches.
     *
     * @param f the customer's facts
     * @return whether it is in the segment
     */
    public boolean test(SegmentFacts f) {
        view.facts = f;
        return (Boolean) expression.evaluate(context);
    }

    /**
     * Counts the customers that match.
     *
     * @param facts the customers
     * @return how many match
     */
    public int count(SegmentFacts[] facts) {
        int n = 0;
        for (SegmentFacts f : facts) {
            if (test(f)) {
                n++;
            }
        }
        return n;
    }

    /**
     * What a JEXL rule sees of one customer ({@code c} in the expression): the accessors a host
     * would write for its rule authors. One instance is reused for every customer.
     */
    public static final class CustomerFacts {
        private final FactsLayout layout;
        private final int years;
        SegmentFacts facts;

        CustomerFacts(FactsLayout layout) {
            this.layout = layout;
            this.years = layout.customField("years_of_cooperation");
        }

        /**
         * Whether the customer has a tag.
         *
         * @param dimension the dimension's key
         * @param value the value
         * @return whether it has it
         */
        public boolean hasTag(String dimension, String value) {
            int d = layout.dimension(dimension);
            return d >= 0 && (layout.bitwise(d) ? (facts.tagBits(d) & layout.bit(d, value)) != 0
                    : facts.hasOpenTag(d, value));
        }

        /** {@return {@code years_of_cooperation}, or -1 when the customer has none} */
        public long getYears() {
            return facts.customField(years).map(v -> v instanceof CustomFieldValue.Whole w ? w.value() : -1L)
                    .orElse(-1L);
        }

        /**
         * The customer's spend in a date range.
         *
         * @param from the first day, as an epoch day
         * @param to the last day, as an epoch day
         * @return the sum of the purchases' amounts in fen
         */
        public long spendBetween(long from, long to) {
            long spend = 0;
            for (int i = 0, n = facts.purchaseCount(); i < n; i++) {
                int day = facts.purchaseDay(i);
                if (day >= from && day <= to) {
                    spend += facts.purchaseAmount(i);
                }
            }
            return spend;
        }

        /**
         * Whether the customer was last contacted before an instant.
         *
         * @param micros the instant, in microseconds since the epoch
         * @return false when never contacted
         */
        public boolean lastContactBefore(long micros) {
            return facts.lastContact().map(t -> t.getEpochSecond() * 1_000_000L + t.getNano() / 1000 < micros)
                    .orElse(false);
        }
    }
}
