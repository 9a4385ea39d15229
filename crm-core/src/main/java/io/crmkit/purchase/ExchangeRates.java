package io.crmkit.purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The host's exchange rates (a port): crmkit never guesses a rate. A purchase in another
 * currency than the deployment's is converted with the rate for its date; without one, it is
 * refused with a validation error naming the currencies and the date.
 */
@FunctionalInterface
public interface ExchangeRates {

    /**
     * The rate to convert an amount on a date.
     *
     * @param from the amount's currency
     * @param to the deployment's currency
     * @param on the purchase date
     * @return units of {@code to} per unit of {@code from}, more than zero; empty if unknown
     */
    Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on);

    /**
     * No rates: only purchases in the deployment's own currency can be recorded.
     *
     * @return rates that know none
     */
    static ExchangeRates none() {
        return (from, to, on) -> Optional.empty();
    }
}
