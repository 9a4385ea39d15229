package io.crmkit.notify;

import io.crmkit.shared.CrmException;
import java.util.Locale;
import java.util.Optional;

/**
 * A notification template is wrong or missing: registered with a parameter its key does not
 * have, or asked for when no template exists for the key.
 */
public final class TemplateException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String templateKey;
    private final String parameter;

    private TemplateException(String message, String templateKey, String parameter) {
        super(message);
        this.templateKey = templateKey;
        this.parameter = parameter;
    }

    /**
     * A template names a parameter its key does not have.
     *
     * @param templateKey the template's key
     * @param locale the template's locale
     * @param parameter the unknown parameter
     * @param known the parameters the key has
     * @return the exception
     */
    static TemplateException unknownParameter(String templateKey, Locale locale, String parameter,
                                              java.util.Set<String> known) {
        return new TemplateException("template " + templateKey + " (" + locale.toLanguageTag() + ") uses the unknown parameter {"
                + parameter + "}; its parameters are " + new java.util.TreeSet<>(known), templateKey, parameter);
    }

    /**
     * No template exists for a key.
     *
     * @param templateKey the key
     * @return the exception
     */
    static TemplateException missing(String templateKey) {
        return new TemplateException("no notification template " + templateKey
                + "; add one with NotificationTemplates.with(key, parameters, locale, subject, body)", templateKey, null);
    }

    /** {@return the template's key} */
    public String templateKey() {
        return templateKey;
    }

    /** {@return the unknown parameter, or empty when the template is missing} */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }
}
