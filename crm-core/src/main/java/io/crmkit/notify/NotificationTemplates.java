package io.crmkit.notify;

import io.crmkit.internal.text.Bundles;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the notifications crmkit sends, by template key and locale, with named
 * parameters written {@code {name}}. {@link #defaults()} holds English and Simplified Chinese
 * texts for every notice crmkit sends ({@link #FOLLOW_UP_REMINDER}, {@link #FOLLOW_UP_DUE},
 * {@link #FOLLOW_UP_OVERDUE}, {@link #PLAN_MESSAGE}, {@link #PLAN_NOTICE}); a host replaces them or adds its own
 * locales and keys with {@link #with}. A template that names a parameter its key does not have
 * is refused when it is added, so a typo never reaches a customer.
 *
 * <pre>{@code
 * NotificationTemplates templates = NotificationTemplates.defaults()
 *         .with(NotificationTemplates.FOLLOW_UP_REMINDER, Locale.ENGLISH,
 *               "Call {customerName}", "{content} at {plannedAt}");
 * RenderedNotification text = templates.render(notification);
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@code with} returns a new instance.
 */
public final class NotificationTemplates {
    /** A reminder to the assignee before a follow-up task's planned time. */
    public static final String FOLLOW_UP_REMINDER = "followup.reminder";
    /** The notice to the assignee at a follow-up task's planned time. */
    public static final String FOLLOW_UP_DUE = "followup.due";
    /** The escalation to the assignee's manager of a task still open after the configured delay. */
    public static final String FOLLOW_UP_OVERDUE = "followup.overdue";
    /** A message of an interaction plan to a customer's contact. */
    public static final String PLAN_MESSAGE = "plan.message";
    /** The notice of an interaction plan (action NOTIFY) to the owner of one of its segment's customers. */
    public static final String PLAN_NOTICE = "plan.notice";

    private static final Set<String> TASK_PARAMETERS = Set.of("customerName", "plannedAt", "content", "assignee", "method",
            "taskId", "priority");
    private static final Map<String, Set<String>> SHIPPED = Map.of(
            FOLLOW_UP_REMINDER, TASK_PARAMETERS,
            FOLLOW_UP_DUE, TASK_PARAMETERS,
            FOLLOW_UP_OVERDUE, TASK_PARAMETERS,
            PLAN_MESSAGE, Set.of("content", "customerName"),
            PLAN_NOTICE, Set.of("content", "customerName", "planName", "notBefore", "planId", "customerId"));
    private static final List<Locale> SHIPPED_LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final String BUNDLE = "io.crmkit.notify.templates";

    private final Map<String, Set<String>> parameters;
    private final Map<String, Map<Locale, RenderedNotification>> texts;

    private NotificationTemplates(Map<String, Set<String>> parameters, Map<String, Map<Locale, RenderedNotification>> texts) {
        this.parameters = parameters;
        this.texts = texts;
    }

    /**
     * The shipped templates, in English and Simplified Chinese.
     *
     * @return the templates
     */
    public static NotificationTemplates defaults() {
        NotificationTemplates t = new NotificationTemplates(Map.copyOf(SHIPPED), Map.of());
        for (Locale locale : SHIPPED_LOCALES) {
            ResourceBundle bundle = Bundles.load(BUNDLE, locale);
            for (String key : new TreeSet<>(SHIPPED.keySet())) {
                try {
                    t = t.with(key, locale, bundle.getString(key + ".subject"), bundle.getString(key + ".body"));
                } catch (MissingResourceException e) {
                    throw new IllegalStateException("crmkit's template resources lack " + key + " for " + locale, e);
                }
            }
        }
        return t;
    }

    /**
     * Replaces or adds the text of a key crmkit or an earlier call declared.
     *
     * @param key the template key, e.g. {@link #FOLLOW_UP_REMINDER}
     * @param locale the locale (language, optionally country)
     * @param subject the subject text
     * @param body the body text
     * @return new templates with this one
     * @throws TemplateException if the key is unknown (declare it with
     *     {@link #with(String, Set, Locale, String, String)}) or a text names a parameter the key does not have
     */
    public NotificationTemplates with(String key, Locale locale, String subject, String body) {
        Set<String> known = parameters.get(key);
        if (known == null) {
            throw TemplateException.missing(key);
        }
        return with(key, known, locale, subject, body);
    }

    /**
     * Adds a template under a key with the parameters it takes (a host's own notices), or
     * replaces one of a known key (the parameters must then be the key's).
     *
     * @param key the template key
     * @param keyParameters the parameter names the key's templates may use
     * @param locale the locale
     * @param subject the subject text
     * @param body the body text
     * @return new templates with this one
     * @throws TemplateException if a text names a parameter not in {@code keyParameters}
     * @throws IllegalArgumentException if the key is known with other parameters
     */
    public NotificationTemplates with(String key, Set<String> keyParameters, Locale locale, String subject, String body) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        Set<String> declared = Set.copyOf(keyParameters);
        Set<String> existing = parameters.get(key);
        if (existing != null && !existing.equals(declared)) {
            throw new IllegalArgumentException("template " + key + " takes the parameters " + new TreeSet<>(existing));
        }
        for (String text : List.of(subject, body)) {
            Matcher m = PARAMETER.matcher(text);
            while (m.find()) {
                if (!declared.contains(m.group(1))) {
                    throw TemplateException.unknownParameter(key, locale, m.group(1), declared);
                }
            }
        }
        Map<String, Set<String>> p = new HashMap<>(parameters);
        p.put(key, declared);
        Map<String, Map<Locale, RenderedNotification>> t = new HashMap<>(texts);
        Map<Locale, RenderedNotification> byLocale = new HashMap<>(t.getOrDefault(key, Map.of()));
        byLocale.put(locale, new RenderedNotification(subject, body));
        t.put(key, Map.copyOf(byLocale));
        return new NotificationTemplates(Map.copyOf(p), Map.copyOf(t));
    }

    /** {@return the template keys known} */
    public Set<String> keys() {
        return parameters.keySet();
    }

    /**
     * The parameters a key's templates may use.
     *
     * @param key the key
     * @return the names, or empty if the key is unknown
     */
    public Set<String> parameters(String key) {
        return parameters.getOrDefault(key, Set.of());
    }

    /**
     * The unrendered template of a key for a locale: the locale's own, else its language's
     * (e.g. {@code zh-CN} for {@code zh-TW} when only that is known), else English.
     *
     * @param key the key
     * @param locale the locale
     * @return the template, or empty if the key has none in any of those
     */
    public Optional<RenderedNotification> template(String key, Locale locale) {
        Map<Locale, RenderedNotification> byLocale = texts.getOrDefault(key, Map.of());
        for (Locale l : List.of(locale, new Locale(locale.getLanguage()))) {
            if (byLocale.containsKey(l)) {
                return Optional.of(byLocale.get(l));
            }
        }
        // Another country's text of the same language, the first by tag so the choice is stable.
        Optional<RenderedNotification> sameLanguage = byLocale.entrySet().stream()
                .filter(e -> e.getKey().getLanguage().equals(locale.getLanguage()))
                .min(Map.Entry.comparingByKey(Comparator.comparing(Locale::toLanguageTag)))
                .map(Map.Entry::getValue);
        return sameLanguage.isPresent() ? sameLanguage : Optional.ofNullable(byLocale.get(Locale.ENGLISH));
    }

    /**
     * Renders a notification in its locale: every {@code {name}} replaced by the parameter's
     * value; a parameter the notification does not carry stays as written.
     *
     * @param notification the notification
     * @return subject and body
     * @throws TemplateException if there is no template for its key
     */
    public RenderedNotification render(Notification notification) {
        RenderedNotification t = template(notification.templateKey(), notification.locale())
                .orElseThrow(() -> TemplateException.missing(notification.templateKey()));
        return new RenderedNotification(fill(t.subject(), notification.parameters()),
                fill(t.body(), notification.parameters()));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
