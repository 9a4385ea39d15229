package io.crmkit.classification;

import io.crmkit.config.ScoringMethod;
import io.crmkit.config.ValueAssessmentSettings;
import io.crmkit.config.ValueFactor;
import io.crmkit.config.ValueGroupDefinition;
import io.crmkit.purchase.DateRange;
import io.crmkit.purchase.PurchaseWindows;
import io.crmkit.segment.eval.SegmentFacts;
import io.crmkit.segment.rule.Window;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Scores a customer's value from its purchase facts, for one evaluation day. */
final class ValueScorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ValueAssessmentSettings settings;
    private final int digits;
    private final long today;
    private final long[] range;
    private final Optional<long[]> previous;
    private final Optional<RfmBoundaries> rfm;

    ValueScorer(ValueAssessmentSettings settings, Window window, LocalDate today, int digits, Optional<RfmBoundaries> rfm) {
        this.settings = settings;
        this.digits = digits;
        this.today = today.toEpochDay();
        this.range = days(PurchaseWindows.range(window, today));
        this.previous = PurchaseWindows.previous(window, today).map(ValueScorer::days);
        this.rfm = rfm;
    }

    private static long[] days(DateRange r) {
        return new long[] {r.first().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
            r.last().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)};
    }

    /** Whether scores can be computed now (RFM needs boundaries from a batch run). */
    boolean ready() {
        return settings.method() == ScoringMethod.WEIGHTED || rfm.isPresent();
    }

    /** The three RFM inputs of a customer: recency in days (large when never bought), orders, spend in minor units. */
    long[] rfmInputs(SegmentFacts f) {
        int n = f.purchaseCount();
        long recency = n == 0 ? 100_000 : today - f.purchaseDay(n - 1);
        return new long[] {recency, count(f), spend(f, range)};
    }

    ValueAssessment score(SegmentFacts f) {
        Map<ValueFactor, BigDecimal> factors = new EnumMap<>(ValueFactor.class);
        BigDecimal score;
        if (settings.method() == ScoringMethod.RFM_QUINTILES) {
            RfmBoundaries b = rfm.orElseThrow();
            long[] in = rfmInputs(f);
            // Fewer days since the last purchase is better: the recency quintile is reversed.
            int r = 6 - RfmBoundaries.quintile(b.recency(), in[0]);
            int fq = RfmBoundaries.quintile(b.frequency(), in[1]);
            int m = RfmBoundaries.quintile(b.monetary(), in[2]);
            factors.put(ValueFactor.FREQUENCY, BigDecimal.valueOf((fq - 1) * 25L));
            factors.put(ValueFactor.AMOUNT, BigDecimal.valueOf((m - 1) * 25L));
            score = BigDecimal.valueOf(r + fq + m - 3L).multiply(HUNDRED).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        } else {
            long spend = spend(f, range);
            long before = previous.map(p -> spend(f, p)).orElse(0L);
            Map<ValueFactor, BigDecimal> values = new EnumMap<>(ValueFactor.class);
            values.put(ValueFactor.AMOUNT, BigDecimal.valueOf(spend, digits));
            values.put(ValueFactor.FREQUENCY, BigDecimal.valueOf(count(f)));
            values.put(ValueFactor.MARGIN, BigDecimal.valueOf(margin(f), digits));
            values.put(ValueFactor.TENURE, BigDecimal.valueOf(f.purchaseCount() == 0 ? 0 : today - f.purchaseDay(0)));
            values.put(ValueFactor.GROWTH, before <= 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(spend - before).multiply(HUNDRED).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP));
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<ValueFactor, BigDecimal> w : settings.weights().entrySet()) {
                if (w.getValue().signum() == 0) {
                    continue;
                }
                BigDecimal full = settings.fullScoreAt().get(w.getKey());
                BigDecimal s = values.get(w.getKey()).max(BigDecimal.ZERO).multiply(HUNDRED)
                        .divide(full, 4, RoundingMode.HALF_UP).min(HUNDRED);
                factors.put(w.getKey(), s.setScale(2, RoundingMode.HALF_UP));
                weighted = weighted.add(s.multiply(w.getValue()));
                total = total.add(w.getValue());
            }
            score = weighted.divide(total, 2, RoundingMode.HALF_UP);
        }
        ValueGroupDefinition group = settings.groups().stream().filter(g -> score.compareTo(g.minScore()) >= 0).findFirst()
                .orElse(settings.groups().get(settings.groups().size() - 1));
        return new ValueAssessment(score, group.value(), group.treatment(), factors);
    }

    private long count(SegmentFacts f) {
        long n = 0;
        for (int i = 0; i < f.purchaseCount(); i++) {
            if (in(f.purchaseDay(i), range)) {
                n++;
            }
        }
        return n;
    }

    private static long spend(SegmentFacts f, long[] r) {
        long total = 0;
        for (int i = 0; i < f.purchaseCount(); i++) {
            if (in(f.purchaseDay(i), r)) {
                total = Math.addExact(total, f.purchaseAmount(i));
            }
        }
        return total;
    }

    private long margin(SegmentFacts f) {
        long total = 0;
        for (int i = 0; i < f.purchaseCount(); i++) {
            if (in(f.purchaseDay(i), range)) {
                total = Math.addExact(total, f.purchaseMargin(i));
            }
        }
        return total;
    }

    private static boolean in(long day, long[] r) {
        return day >= r[0] && day <= r[1];
    }
}
