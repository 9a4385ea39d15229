package io.crmkit.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money in one currency. The amount keeps the currency's minor-unit scale
 * (two decimals for CNY), so that equal amounts are equal records.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
    /**
     * The most digits an amount has before the decimal point: more than any storage keeps, and few
     * enough that bringing a number such as {@code 1e999999999} to the currency's scale is refused
     * rather than attempted.
     */
    public static final int MAX_INTEGER_DIGITS = 38;

    /**
     * Checks the components and brings the amount to the currency's scale.
     *
     * @param amount see {@link #amount()}
     * @param currency see {@link #currency()}
     * @throws ValidationException at {@code amount} with code {@code amount.scale} (arguments
     *     {@code max} and {@code currency}) if the amount has more decimals than the currency, or
     *     {@code amount.too_large} (argument {@code max}) if it has more than
     *     {@value #MAX_INTEGER_DIGITS} digits before the decimal point
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Optional<Violation> violation = check(amount, currency);
        if (violation.isPresent()) {
            throw new ValidationException(List.of(violation.get()));
        }
        amount = amount.setScale(scale(currency));
    }

    /**
     * Creates an amount from its text form.
     *
     * @param amount the amount as a plain or scientific decimal, e.g. {@code "100000.00"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "CNY"}
     * @return the money
     * @throws ValidationException at {@code amount} with code {@code number.invalid} if the amount
     *     is not a decimal number, {@code amount.scale} (arguments {@code max} and {@code currency})
     *     if it has more decimals than the currency, or {@code amount.too_large} (argument
     *     {@code max}) if it has more than {@value #MAX_INTEGER_DIGITS} digits before the decimal
     *     point; at {@code currency} with code {@code currency.unknown} if the code is not an ISO
     *     4217 currency code. Both parts are checked and every problem found is listed.
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        List<Violation> violations = new ArrayList<>();
        BigDecimal value = null;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            violations.add(Violation.of("amount", "number.invalid"));
        }
        Currency currency = null;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("currency", "currency.unknown"));
        }
        if (value != null) {
            (currency == null ? checkSize(value) : check(value, currency)).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Money(value, currency);
    }

    /**
     * Creates an amount.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     * @throws ValidationException as the {@linkplain #Money(BigDecimal, Currency) constructor} does
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    private static int scale(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private static Optional<Violation> check(BigDecimal amount, Currency currency) {
        int scale = scale(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            return Optional.of(new Violation("amount", "amount.scale",
                    Map.of("max", scale, "currency", currency.getCurrencyCode())));
        }
        return checkSize(amount);
    }

    private static Optional<Violation> checkSize(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        // precision - scale is the number of digits before the point (0 for 0.5); long, as the
        // difference of two ints can overflow.
        if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(Violation.of("amount", "amount.too_large", "max", MAX_INTEGER_DIGITS));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
