package io.crmkit.segment.rule;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.config.CustomFieldDefinition;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a deployment lets rules name: its tag dimensions, custom fields, lifecycle statuses and
 * currency. The rule checker validates a rule against it.
 *
 * @param tagDimensions the tag dimensions by key
 * @param customFields the custom fields by key
 * @param statuses the lifecycle statuses
 * @param currency the currency purchase figures are in
 */
public record RuleVocabulary(
        Map<String, TagDimensionTerms> tagDimensions,
        Map<String, CustomFieldDefinition> customFields,
        Set<String> statuses,
        Currency currency) {

    /**
     * Checks and copies the components.
     *
     * @param tagDimensions see {@link #tagDimensions()}
     * @param customFields see {@link #customFields()}
     * @param statuses see {@link #statuses()}
     * @param currency see {@link #currency()}
     */
    public RuleVocabulary {
        tagDimensions = Map.copyOf(tagDimensions);
        customFields = Map.copyOf(customFields);
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The vocabulary of a deployment's configuration.
     *
     * @param configuration the configuration
     * @return its tag dimensions, custom fields, lifecycle statuses and currency
     */
    public static RuleVocabulary of(CrmConfiguration configuration) {
        Map<String, TagDimensionTerms> dimensions = new java.util.HashMap<>();
        configuration.tags().forEach(t -> dimensions.put(t.key(), new TagDimensionTerms(t.key(), t.multiValued(), t.values())));
        return new RuleVocabulary(dimensions, configuration.customFieldsByKey(),
                new java.util.HashSet<>(configuration.lifecycle().statuses()), configuration.locale().currency());
    }

    /**
     * What a rule may say about one tag dimension.
     *
     * @param key the dimension's key
     * @param multiValued whether a customer may have several values in it
     * @param values the allowed values, or empty when the dimension is open (any value)
     */
    public record TagDimensionTerms(String key, boolean multiValued, List<String> values) {
        /**
         * Checks and copies the components.
         *
         * @param key see {@link #key()}
         * @param multiValued see {@link #multiValued()}
         * @param values see {@link #values()}
         */
        public TagDimensionTerms {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }

        /** {@return whether any value is allowed} */
        public boolean open() {
            return values.isEmpty();
        }
    }
}
