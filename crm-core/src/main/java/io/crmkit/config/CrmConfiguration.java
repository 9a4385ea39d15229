package io.crmkit.config;

import io.crmkit.access.RoleDefinition;
import io.crmkit.access.RoleName;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a deployment configures, in one immutable value. Load it with
 * {@link #parse(String)} or {@link #read(InputStream)} (JSON or YAML); every problem in the
 * document is reported at once in a {@link ConfigurationException}.
 *
 * <pre>{@code
 * CrmConfiguration config = CrmConfiguration.read(Files.newInputStream(Path.of("crm.yaml")));
 * }</pre>
 *
 * @param locale locale, phone region, currency and time-zone defaults
 * @param roles the roles and what they allow
 * @param lifecycle the customer lifecycle statuses
 * @param customFields the custom fields customers carry
 * @param tags the tag dimensions customers are sorted by
 * @param classifications ordered rules that set tags (value tier, urgency…)
 * @param valueAssessment how customers are scored and grouped by value, if at all
 * @param followUp follow-up task methods, priorities, reminders, due notice and escalation
 * @param interactions the kinds of interaction logged
 */
public record CrmConfiguration(
        LocaleSettings locale,
        List<RoleDefinition> roles,
        LifecycleSettings lifecycle,
        List<CustomFieldDefinition> customFields,
        List<TagDimensionDefinition> tags,
        List<ClassificationDefinition> classifications,
        Optional<ValueAssessmentSettings> valueAssessment,
        FollowUpSettings followUp,
        InteractionSettings interactions) {

    /**
     * Checks and copies the components.
     *
     * @param locale see {@link #locale()}
     * @param roles see {@link #roles()}
     * @param lifecycle see {@link #lifecycle()}
     * @param customFields see {@link #customFields()}
     * @param tags see {@link #tags()}
     * @param classifications see {@link #classifications()}
     * @param valueAssessment see {@link #valueAssessment()}
     * @param followUp see {@link #followUp()}
     * @param interactions see {@link #interactions()}
     */
    public CrmConfiguration {
        Objects.requireNonNull(locale, "locale");
        roles = List.copyOf(roles);
        Objects.requireNonNull(lifecycle, "lifecycle");
        customFields = List.copyOf(customFields);
        tags = List.copyOf(tags);
        classifications = List.copyOf(classifications);
        Objects.requireNonNull(valueAssessment, "valueAssessment");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(interactions, "interactions");
    }

    /**
     * Parses a configuration document.
     *
     * @param document JSON or YAML text
     * @return the configuration
     * @throws ConfigurationException listing every problem
     */
    public static CrmConfiguration parse(String document) {
        return new ConfigurationReader().read(document);
    }

    /**
     * Reads a configuration document (UTF-8, JSON or YAML) from a stream, which is not closed.
     *
     * @param in the stream
     * @return the configuration
     * @throws ConfigurationException listing every problem, also when the stream cannot be read
     */
    public static CrmConfiguration read(InputStream in) {
        return new ConfigurationReader().read(in);
    }

    /**
     * The sample configuration shipped with crmkit: the three standard roles, the lifecycle
     * prospect → intent → proposal/negotiation → won / lost plus "on trial", zh-CN locale,
     * region CN, currency CNY, no custom fields, and the sample tag dimensions (industry, level,
     * need, stage, intent, value tier, urgency, value group) with the sample classifications (value
     * tier by spend over 12 months, urgency by intent and stage) and value assessment, and the
     * interaction kinds call, email, meeting and visit.
     *
     * @return the sample configuration
     */
    public static CrmConfiguration defaults() {
        return parse("{}");
    }

    /**
     * Looks up a role.
     *
     * @param name the role's name
     * @return the role, or empty if not defined
     */
    public Optional<RoleDefinition> role(RoleName name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Looks up a tag dimension.
     *
     * @param key the dimension's key
     * @return the dimension, or empty if not configured
     */
    public Optional<TagDimensionDefinition> tagDimension(String key) {
        return tags.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * The custom field definitions by key.
     *
     * @return an unmodifiable map in no particular order
     */
    public Map<String, CustomFieldDefinition> customFieldsByKey() {
        return customFields.stream().collect(Collectors.toUnmodifiableMap(CustomFieldDefinition::key, Function.identity()));
    }
}
