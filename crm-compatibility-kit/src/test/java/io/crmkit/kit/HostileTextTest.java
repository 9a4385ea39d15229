package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.shared.TextRules;
import org.junit.jupiter.api.Test;

class HostileTextTest {

    @Test
    void samplesFitACustomerNameAndAreStorable() {
        assertThat(HostileText.SAMPLES).hasSizeLessThanOrEqualTo(200);
        assertThat(HostileText.FRAGMENTS).allSatisfy(f -> assertThat(TextRules.check("f", f)).isEmpty());
        assertThat(TextRules.check("samples", HostileText.SAMPLES)).isEmpty();
    }

    @Test
    void fitNeverSplitsASurrogatePair() {
        String emoji = "a😀";
        assertThat(HostileText.fit(emoji, 2)).isEqualTo("a");
        assertThat(HostileText.fit(emoji, 3)).isEqualTo(emoji);
        for (int max = 0; max <= HostileText.SAMPLES.length(); max++) {
            assertThat(TextRules.check("cut", HostileText.upTo(max))).as("cut to %d", max).isEmpty();
            assertThat(HostileText.upTo(max)).hasSizeLessThanOrEqualTo(max);
        }
    }
}
