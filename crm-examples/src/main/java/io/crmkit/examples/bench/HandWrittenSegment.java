package io.crmkit.examples.bench;

import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.eval.SegmentFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The benchmark rule ({@link SegmentBenchData#RULE}) written by hand in plain Java over
 * {@link SegmentFacts}' public accessors, as a careful developer would: the tag positions and
 * bit masks, the 12-month window and the 30-days-ago instant are worked out once, and each
 * customer is a handful of comparisons and one loop over its purchases. The practical limit
 * for the in-memory evaluation.
 */
public final class HandWrittenSegment {
    private final FactsLayout layout;
    private final int industry;
    private final long manufacturing;
    private final int intent;
    private final long highOrPartner;
    private final int years;
    private final int spendFrom;
    private final int spendTo;
    private final long minimumSpend;
    private final long contactBeforeMicros;

    /**
     * Resolves the rule's constants against a layout.
     *
     * @param layout the layout the facts are built with
     * @param now when the rule is evaluated
     * @param zone the deployment's time zone
     */
    public HandWrittenSegment(FactsLayout layout, Instant now, java.time.ZoneId zone) {
        this.layout = layout;
        industry = layout.dimension("industry");
        manufacturing = layout.bit(industry, "manufacturing");
        intent = layout.dimension("intent");
        highOrPartner = layout.bit(intent, "high_intent") | layout.bit(intent, "long_term_partner");
        years = layout.customField("years_of_cooperation");
        LocalDate today = LocalDate.ofInstant(now, zone);
        // spend(12 months): purchase dates after today minus 12 months, up to today.
        spendFrom = (int) today.minusMonths(12).plusDays(1).toEpochDay();
        spendTo = (int) today.toEpochDay();
        minimumSpend = 100_000_00L; // 100,000 CNY in fen
        Instant contactBefore = ZonedDateTime.ofInstant(now, zone).minusDays(30).toInstant();
        contactBeforeMicros = contactBefore.getEpochSecond() * 1_000_000L + contactBefore.getNano() / 1000;
    }

    /**
     * Whether a customer matches.
     *
     * @param f the customer's facts
     * @return whether it is in the segment
     */
    public boolean test(SegmentFacts f) {
        if ((f.tagBits(industry) & manufacturing) == 0 || (f.tagBits(intent) & highOrPartner) == 0) {
            return false;
        }
        if (!f.hasWholeField(layout, years) || f.wholeField(layout, years) < 3) {
            return false;
        }
        long spend = 0;
        for (int i = 0, n = f.purchaseCount(); i < n; i++) {
            int day = f.purchaseDay(i);
            if (day >= spendFrom && day <= spendTo) {
                spend += f.purchaseAmount(i);
            }
        }
        if (spend < minimumSpend) {
            return false;
        }
        return f.lastContactMicros(Long.MAX_VALUE) < contactBeforeMicros;
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
}
