package io.crmkit.classification;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RfmSampleTest {

    @Test
    void quintileBoundariesSplitASmallTenantExactly() {
        RfmSample sample = new RfmSample(10_000, 1);
        for (int i = 1; i <= 100; i++) {
            sample.add(new long[] {i, i, i * 100L});
        }
        RfmBoundaries b = sample.boundaries();
        assertThat(b.frequency()).containsExactly(21, 41, 61, 81);
        assertThat(RfmBoundaries.quintile(b.frequency(), 1)).isEqualTo(1);
        assertThat(RfmBoundaries.quintile(b.frequency(), 21)).isEqualTo(1);
        assertThat(RfmBoundaries.quintile(b.frequency(), 22)).isEqualTo(2);
        assertThat(RfmBoundaries.quintile(b.frequency(), 100)).isEqualTo(5);
    }

    @Test
    void anEmptySampleHasNoBoundariesAndPutsEveryoneInTheFirstQuintile() {
        RfmBoundaries b = new RfmSample(10, 1).boundaries();
        assertThat(b.monetary()).isEmpty();
        assertThat(RfmBoundaries.quintile(b.monetary(), 5)).isEqualTo(1);
    }

    @Property(tries = 50)
    void keepsAtMostItsSizeWhateverItIsOffered(@ForAll @IntRange(min = 0, max = 5_000) int offered) {
        RfmSample sample = new RfmSample(100, 7);
        for (int i = 0; i < offered; i++) {
            sample.add(new long[] {i, i, i});
        }
        RfmBoundaries b = sample.boundaries();
        assertThat(b.recency()).hasSize(offered == 0 ? 0 : 4);
        for (int i = 1; i < b.recency().length; i++) {
            assertThat(b.recency()[i]).isGreaterThanOrEqualTo(b.recency()[i - 1]);
        }
        // Same seed, same offers: the same boundaries.
        RfmSample again = new RfmSample(100, 7);
        for (int i = 0; i < offered; i++) {
            again.add(new long[] {i, i, i});
        }
        assertThat(again.boundaries()).isEqualTo(b);
    }
}
