package io.crmkit.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up crmkit's message texts by code. Bundles ship in English (the default) and
 * Simplified Chinese; a code without a text falls back to the code itself so that a message
 * is never lost.
 */
public final class Messages {
    private static final String BUNDLE = "io.crmkit.shared.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Messages() {
    }

    /**
     * Formats the message for a code.
     *
     * @param code the message code
     * @param arguments named values; {@code {name}} in the text is replaced by the value
     * @param locale the locale
     * @return the message, never {@code null}
     */
    public static String format(String code, Map<String, Object> arguments, Locale locale) {
        String template;
        try {
            template = Bundles.load(BUNDLE, locale).getString(code);
        } catch (MissingResourceException e) {
            template = code;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = arguments.get(m.group(1));
            String text = value == null ? m.group() : value instanceof Number
                    ? MessageFormat.format("{0}", value) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
