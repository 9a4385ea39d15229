package io.crmkit.followup.service;

import io.crmkit.internal.text.Bundles;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Display names of follow-up methods in the recipient's language, for notices: "电话" rather than
 * {@code phone} in a Chinese reminder. The sample methods are named in English and Simplified
 * Chinese; a deployment's own methods are shown by their key.
 */
final class MethodLabels {
    private static final String BUNDLE = "io.crmkit.followup.methods";

    private MethodLabels() {
    }

    /**
     * The display name of a method.
     *
     * @param method the method's key
     * @param locale the reader's language
     * @return its name, or the key when none is shipped
     */
    static String of(String method, Locale locale) {
        try {
            ResourceBundle names = Bundles.load(BUNDLE, locale);
            return names.containsKey(method) ? names.getString(method) : method;
        } catch (MissingResourceException e) {
            return method;
        }
    }
}
