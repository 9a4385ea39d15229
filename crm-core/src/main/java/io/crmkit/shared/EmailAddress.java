package io.crmkit.shared;

import java.net.IDN;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A syntactically valid e-mail address in normalised form: trimmed, domain in lower case,
 * local part in lower case (crmkit treats addresses case-insensitively, as every mainstream
 * mail provider does). Searching uses this normalised form.
 *
 * <p>Internationalised domains are accepted and kept in their ASCII (punycode) form, the form
 * mail servers and DNS use: {@code wang@例子.中国} is stored as
 * {@code wang@xn--fsqu00a.xn--fiqs8s}, and {@link #unicode()} gives it back for display. Text is
 * read after Unicode compatibility normalisation (NFKC), so full-width characters typed with a
 * Chinese input method ({@code ｗａｎｇ＠例子。中国}) read as the same address. The local part
 * stays ASCII: an address that needs SMTPUTF8 for its local part is refused, since many mail
 * systems a host sends through cannot deliver it.
 *
 * @param value the normalised address, as produced by {@link #parse(String)}
 */
public record EmailAddress(String value) {
    // Pragmatic form (not full RFC 5322): local part of common characters, a dotted domain
    // with a TLD of two or more letters. Quoted local parts are refused on purpose.
    private static final Pattern FORM = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    /**
     * Checks that the value is a normalised, valid address.
     *
     * @param value see {@link #value()}
     * @throws ValidationException at {@code email} with code {@code email.normalised} if the value
     *     is not an address in normalised form
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        // Only the shape is checked here (cheap, done on every read from storage): one '@'
        // with text on both sides, lower case, no spaces. The full syntax check is in parse(),
        // the only way user input gets in.
        int at = value.indexOf('@');
        if (value.length() > 254 || at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1
                || !value.equals(value.toLowerCase(Locale.ROOT)) || value.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException(List.of(Violation.of("email", "email.normalised")));
        }
    }

    /**
     * Parses an address as a person typed it.
     *
     * @param text the typed address; {@code null} is read as no address
     * @return the normalised address, or empty if it is not valid; never throws for bad text
     */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        int at = typed.lastIndexOf('@');
        if (typed.length() > 1024 || at <= 0 || at == typed.length() - 1) {
            return Optional.empty();
        }
        String domain;
        try {
            // The domain's ASCII form: punycode for internationalised labels, and the
            // ideographic full stop (U+3002) and its kin read as the dot they stand for.
            domain = IDN.toASCII(typed.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String normalised = (typed.substring(0, at) + "@" + domain).toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !FORM.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(normalised));
    }

    /**
     * The address for display: the domain's internationalised labels in Unicode again
     * ({@code wang@例子.中国} for the stored {@code wang@xn--fsqu00a.xn--fiqs8s}).
     *
     * @return the address as people read it; the stored form if it has no such labels
     */
    public String unicode() {
        int at = value.lastIndexOf('@');
        try {
            return value.substring(0, at + 1) + IDN.toUnicode(value.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /**
     * Reads a stored, already normalised address.
     *
     * @param value the stored address
     * @return the address
     * @throws ValidationException as the {@linkplain #EmailAddress(String) constructor} does
     */
    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
