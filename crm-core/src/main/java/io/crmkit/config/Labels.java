package io.crmkit.config;

import io.crmkit.internal.text.Bundles;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The names people see for the configured keys — lifecycle statuses, tag dimensions and values,
 * custom fields and their options, follow-up methods and priorities, interaction kinds, roles —
 * in their language. Keys are what crmkit stores and what hosts program against
 * ({@code on_trial}); labels are what a screen or a notice shows (试用中, "On trial").
 *
 * <p>A label is looked up, in this order, as:
 * <ol>
 * <li>the deployment's label for the locale (its language and country, e.g. {@code zh-TW}), then
 *     for its language ({@code zh}), from the configuration's {@code labels} section;</li>
 * <li>the {@code label} the deployment gave a tag dimension or custom field it defined;</li>
 * <li>crmkit's own label for the key in English or Chinese, when the locale's language is one of
 *     these — for the keys of the sample configuration ({@code prospect}, {@code value_tier},
 *     {@code phone}, {@code sales_rep}, …);</li>
 * <li>the label of a sample tag dimension, in both languages ({@code 价值等级 / Value tier});</li>
 * <li>the key itself.</li>
 * </ol>
 * So every key has a label, and a deployment that configures none still shows its own keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {
    private static final String BUNDLE = "io.crmkit.config.labels";
    private static final Set<String> SHIPPED_LANGUAGES = Set.of("en", "zh");
    private static final Labels NONE = new Labels(Map.of(), Map.of(), Map.of());

    /** Per entry key ({@link #entry}), language tag to text. */
    private final Map<String, Map<String, String>> configured;
    /** Per entry key, the label the deployment gave a definition of its own. */
    private final Map<String, String> own;
    /** Per entry key, the label of a sample definition, after crmkit's own labels. */
    private final Map<String, String> sample;

    Labels(Map<String, Map<String, String>> configured, Map<String, String> own, Map<String, String> sample) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        configured.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.configured = Map.copyOf(copy);
        this.own = Map.copyOf(own);
        this.sample = Map.copyOf(sample);
    }

    /** {@return labels with nothing configured: crmkit's own, else the keys} */
    public static Labels none() {
        return NONE;
    }

    /**
     * The label of a key.
     *
     * @param kind what the key names; not {@link LabelKind#TAG_VALUE} or {@link LabelKind#FIELD_OPTION}
     *        (use {@link #tagValue} and {@link #option})
     * @param key the key, e.g. {@code on_trial}
     * @param locale the reader's language
     * @return the label; never blank
     * @throws IllegalArgumentException if {@code kind} is a tag value or an option
     */
    public String of(LabelKind kind, String key, Locale locale) {
        if (kind.isQualified()) {
            throw new IllegalArgumentException(kind + " belongs to a dimension or field: use tagValue(...) or option(...)");
        }
        return lookup(entry(kind, null, key), key, locale);
    }

    /**
     * The label of a lifecycle status.
     *
     * @param status the status, e.g. {@code on_trial}
     * @param locale the reader's language
     * @return the label, e.g. 试用中
     */
    public String status(String status, Locale locale) {
        return of(LabelKind.LIFECYCLE_STATUS, status, locale);
    }

    /**
     * The label of a value of a tag dimension.
     *
     * @param dimension the dimension's key, e.g. {@code value_tier}
     * @param value the value, e.g. {@code high}
     * @param locale the reader's language
     * @return the label
     */
    public String tagValue(String dimension, String value, Locale locale) {
        return lookup(entry(LabelKind.TAG_VALUE, dimension, value), value, locale);
    }

    /**
     * The label of an option of a choice custom field.
     *
     * @param field the field's key
     * @param option the option
     * @param locale the reader's language
     * @return the label
     */
    public String option(String field, String option, Locale locale) {
        return lookup(entry(LabelKind.FIELD_OPTION, field, option), option, locale);
    }

    /**
     * The key of an entry: kind, owner (dimension or field) and key, separated by characters
     * that no configured key contains, so that no two entries share one.
     */
    static String entry(LabelKind kind, String owner, String key) {
        Objects.requireNonNull(key, "key");
        return kind.sectionKey() + '\u0000' + (owner == null ? "" : owner) + '\u0000' + key;
    }

    private String lookup(String entry, String key, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Map<String, String> texts = configured.get(entry);
        if (texts != null) {
            String text = texts.get(locale.toLanguageTag());
            if (text == null) {
                text = texts.get(locale.getLanguage());
            }
            if (text != null) {
                return text;
            }
        }
        if (own.containsKey(entry)) {
            return own.get(entry);
        }
        String shipped = shipped(entry, locale);
        if (shipped != null) {
            return shipped;
        }
        return sample.getOrDefault(entry, key);
    }

    /** crmkit's own label: the bundle's key is the entry with dots for the separators. */
    private static String shipped(String entry, Locale locale) {
        if (!SHIPPED_LANGUAGES.contains(locale.getLanguage())) {
            return null;
        }
        String bundleKey = entry.replace('\u0000', '.').replace("..", ".");
        try {
            ResourceBundle bundle = Bundles.load(BUNDLE, locale);
            return bundle.containsKey(bundleKey) ? bundle.getString(bundleKey) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels other && configured.equals(other.configured) && own.equals(other.own)
                && sample.equals(other.sample);
    }

    @Override
    public int hashCode() {
        return Objects.hash(configured, own, sample);
    }

    @Override
    public String toString() {
        return "Labels[" + configured.size() + " configured]";
    }
}
