package io.crmkit.purchase.service;

import io.crmkit.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** A purchase's amounts in the deployment's currency, and the rate that converted them. */
record Converted(BigDecimal rate, Money baseAmount, Optional<Money> baseMargin) {
}
