package io.crmkit.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. The amount keeps the currency's minor-unit scale
 * (two decimals for CNY), so that equal amounts are equal records.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /**
     * Checks the components and brings the amount to the currency's scale.
     *
     * @param amount see {@link #amount()}
     * @param currency see {@link #currency()}
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + scale + ")");
        }
        amount = amount.setScale(scale);
    }

    /**
     * Creates an amount.
     *
     * @param amount the amount, e.g. {@code "100000.00"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "CNY"}
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * Creates an amount.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
