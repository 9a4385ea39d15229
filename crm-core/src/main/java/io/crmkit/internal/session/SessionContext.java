package io.crmkit.internal.session;

import io.crmkit.access.AccessPolicy;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.internal.validation.CommandValidator;
import io.crmkit.purchase.ExchangeRates;
import io.crmkit.shared.IdGenerator;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The tenant, principal and locale of one session, with the components every service uses.
 * Made by {@code Crm.session(...)}; hosts do not build it themselves.
 *
 * @param tenant the tenant every call is scoped to
 * @param principal the acting user
 * @param locale the locale of error messages
 * @param storage the storage
 * @param clock the clock
 * @param ids the id generator
 * @param configuration the deployment's configuration
 * @param policy the access policy
 * @param validator the command validator
 * @param exchangeRates the host's exchange rates
 * @param directory the host's organisation chart
 */
public record SessionContext(
        TenantId tenant,
        Principal principal,
        Locale locale,
        Storage storage,
        Clock clock,
        IdGenerator ids,
        CrmConfiguration configuration,
        AccessPolicy policy,
        CommandValidator validator,
        ExchangeRates exchangeRates,
        OrgDirectory directory) {

    /**
     * Checks the components.
     *
     * @param tenant see {@link #tenant()}
     * @param principal see {@link #principal()}
     * @param locale see {@link #locale()}
     * @param storage see {@link #storage()}
     * @param clock see {@link #clock()}
     * @param ids see {@link #ids()}
     * @param configuration see {@link #configuration()}
     * @param policy see {@link #policy()}
     * @param validator see {@link #validator()}
     * @param exchangeRates see {@link #exchangeRates()}
     * @param directory see {@link #directory()}
     */
    public SessionContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(exchangeRates, "exchangeRates");
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * The current instant at microsecond precision, the precision SQL timestamps keep, so
     * that a value reads back from every storage exactly as it was written.
     *
     * @return now
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Today in the deployment's time zone (the day purchase windows and relative dates count from).
     *
     * @return today's date
     */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), configuration.locale().zone());
    }

    /**
     * Throws if there is anything in the list, with messages in the session's locale.
     *
     * @param violations the violations found
     * @throws ValidationException if the list is not empty
     */
    public void throwIfAny(List<Violation> violations) {
        ValidationException.throwIfAny(violations, locale);
    }

    /**
     * Validates a command's annotations and throws on any violation.
     *
     * @param command the command
     * @return the violations found by further rules may be added by the caller; this list is mutable
     */
    public List<Violation> annotationViolations(Object command) {
        if (command == null) {
            throw new ValidationException(List.of(Violation.of("", "required")), locale);
        }
        return new java.util.ArrayList<>(validator.validate(command));
    }
}
