package io.crmkit.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void growsExponentiallyUpToTheMaximumWithoutJitter() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 0.0);
        SplittableRandom r = new SplittableRandom(1);
        assertThat(p.delayAfter(1, r)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delayAfter(2, r)).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.delayAfter(3, r)).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.delayAfter(4, r)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delayAfter(60, r)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.exhausted(9)).isFalse();
        assertThat(p.exhausted(10)).isTrue();
    }

    @Test
    void jitterStaysWithinItsRatioAndIsReproducibleFromTheSeed() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(10), 2.0, Duration.ofHours(1), 0.25);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Duration plain = Duration.ofSeconds(10L << (attempt - 1));
            Duration a = p.delayAfter(attempt, new SplittableRandom(attempt));
            Duration b = p.delayAfter(attempt, new SplittableRandom(attempt));
            assertThat(a).isEqualTo(b)
                    .isBetween(plain.multipliedBy(3).dividedBy(4), plain.multipliedBy(5).dividedBy(4));
        }
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(3), 2, Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
