package io.crmkit.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A valid phone number in E.164 form ({@code +8613812345678}), the form crmkit stores and
 * searches by.
 *
 * <p>Parsing uses libphonenumber. A number without {@code +} is read in a default region
 * ({@code CN} unless configured), so an 11-digit mainland mobile is accepted as typed;
 * international numbers are written with {@code +}.
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(String e164) {
    /** The region used when a number is typed without a country code. */
    public static final String DEFAULT_REGION = "CN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /**
     * Checks that the value is a valid number already in E.164 form.
     *
     * @param e164 see {@link #e164()}
     * @throws ValidationException at {@code phone} with code {@code phone.e164} if the value is not
     *     in E.164 form
     */
    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        // Only the form is checked here (cheap, done on every read from storage); full
        // numbering-plan validation happens in parse(), the only way user input gets in.
        if (!E164.matcher(e164).matches()) {
            throw new ValidationException(List.of(Violation.of("phone", "phone.e164")));
        }
    }

    /**
     * Parses a number as a person typed it.
     *
     * @param text the typed number, e.g. {@code 138 1234 5678} or {@code +44 20 7946 0958}; {@code null}
     *     is read as no number
     * @param defaultRegion the ISO 3166 region assumed when the number has no {@code +}; an unknown
     *     region accepts only numbers written with {@code +}
     * @return the number, or empty if it is not a valid number; never throws for bad text
     */
    public static Optional<PhoneNumber> parse(String text, String defaultRegion) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(text, defaultRegion);
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a number typed in the default region.
     *
     * @param text the typed number
     * @return the number, or empty if it is not valid
     */
    public static Optional<PhoneNumber> parse(String text) {
        return parse(text, DEFAULT_REGION);
    }

    /**
     * Reads a number that was stored in E.164 form.
     *
     * @param e164 the stored value
     * @return the number
     * @throws ValidationException at {@code phone} with code {@code phone.e164} if the value is not
     *     in E.164 form
     */
    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
