package io.crmkit.shared;

import java.util.Optional;

/**
 * Rules every stored text obeys, whatever the storage: no NUL or other C0 control
 * characters except tab, line feed and carriage return (PostgreSQL cannot store NUL, and
 * control characters corrupt exports), and no unpaired UTF-16 surrogates (they cannot be
 * encoded as UTF-8, so they would not read back as written).
 */
public final class TextRules {
    private TextRules() {
    }

    /**
     * Checks a text.
     *
     * @param path the field path to name
     * @param text the text
     * @return a violation with code {@code characters.invalid}, or empty if the text is storable
     */
    public static Optional<Violation> check(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(Violation.of(path, "characters.invalid"));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(Violation.of(path, "characters.invalid"));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(Violation.of(path, "characters.invalid"));
            }
        }
        return Optional.empty();
    }

    /**
     * A diagnostic text (an error message a storage keeps, e.g. of a failed delivery or job run)
     * made storable: NUL characters, which PostgreSQL text cannot hold, replaced by U+FFFD, and
     * cut to {@code max} characters without splitting a surrogate pair.
     *
     * @param text the text
     * @param max the most characters kept, at least 2
     * @return the text to store
     */
    public static String clipped(String text, int max) {
        String clean = text.replace('\u0000', '\uFFFD');
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}
