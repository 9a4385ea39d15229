package io.crmkit.kit;

import java.util.List;

/**
 * Text that storage adapters get wrong: SQL and HTML metacharacters, {@code LIKE} wildcards
 * and escapes, JDBC placeholders and escape syntax, every kind of whitespace, characters
 * outside the Basic Multilingual Plane, right-to-left and bidirectional-control text,
 * combining marks, a byte-order mark, and case pairs that differ between locales.
 *
 * <p>Everything here is text the core accepts: no NUL or other C0 control characters except
 * tab, line feed and carriage return, and no unpaired surrogates.
 */
public final class HostileText {
    /** The fragments, each a separate trap. */
    public static final List<String> FRAGMENTS = List.of(
            "'; DROP TABLE customer; --", "Robert'); DELETE FROM audit_entry;--", "\" OR \"1\"=\"1",
            "<script>alert('x')</script>", "&amp;&lt;", "%", "_", "\\", "\\%", "\\N", "NULL", "?", "$1", "$$",
            "{fn now()}", "/* */", "\t", "\n", "\r\n", " ", "\u00A0", "\u3000", "😀", "👨‍👩‍👧", "🇨🇳",
            "שלום", "مرحبا", "\u202Eevil\u202C", "\u200B", "\uFEFF", "e\u0301", "华东精密", "\uD840\uDC00", "İ", "ß",
            "\u007F", "\u0085");

    /** All fragments in one string of 190 UTF-16 characters (fits a customer name). */
    public static final String SAMPLES = String.join("", FRAGMENTS);

    private HostileText() {
    }

    /**
     * The samples cut to a length, for fields with a smaller limit.
     *
     * @param maxLength the largest length in UTF-16 characters, as the core's size limits count
     * @return the samples, cut without splitting a surrogate pair
     */
    public static String upTo(int maxLength) {
        return fit(SAMPLES, maxLength);
    }

    /**
     * Cuts a text to a length without splitting a surrogate pair.
     *
     * @param text the text
     * @param maxLength the largest length in UTF-16 characters
     * @return the text, or its longest prefix that fits and ends on a whole code point
     */
    public static String fit(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
