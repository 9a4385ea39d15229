package io.crmkit.config;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Defaults that depend on where a deployment runs.
 *
 * @param locale the locale of messages when a session does not choose one
 * @param phoneRegion the region assumed for phone numbers typed without {@code +}
 * @param currency the currency of money values that do not name one
 * @param zone the time zone of dates shown to people
 */
public record LocaleSettings(Locale locale, String phoneRegion, Currency currency, ZoneId zone) {

    /**
     * Checks the components.
     *
     * @param locale see {@link #locale()}
     * @param phoneRegion see {@link #phoneRegion()}
     * @param currency see {@link #currency()}
     * @param zone see {@link #zone()}
     */
    public LocaleSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
    }
}
