package io.crmkit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.shared.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalRulesTest {

    @Test
    void acceptsNumbersStorageKeepsWhateverTheirSign() {
        assertThat(DecimalRules.checkSize("amount", new BigDecimal("0"))).isEmpty();
        assertThat(DecimalRules.checkSize("amount", new BigDecimal("-12.5"))).isEmpty();
        assertThat(DecimalRules.checkSize("amount", new BigDecimal("999999999999999999999999.9999999999"))).isEmpty();
    }

    @Test
    void refusesMagnitudesFromTheLimitOnEitherSide() {
        assertThat(DecimalRules.checkSize("amount", new BigDecimal("1e24")))
                .contains(Violation.of("amount", "number.too_large"));
        assertThat(DecimalRules.checkSize("margin", new BigDecimal("-1e24")))
                .contains(Violation.of("margin", "number.too_large"));
    }

    @Test
    void refusesMoreThanTenDecimals() {
        assertThat(DecimalRules.checkSize("lines[0].quantity", new BigDecimal("0.00000000001")))
                .contains(Violation.of("lines[0].quantity", "number.too_large"));
    }
}
