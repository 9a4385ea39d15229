package io.crmkit.config;

import io.crmkit.access.RoleDefinition;
import io.crmkit.access.RoleName;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>The document is made of sections, each owned by a feature ({@link ConfigSections}); the
 * value of any of them is {@link #section(ConfigSection)}, and the accessors below give
 * crmkit's own.
 */
public final class CrmConfiguration {
    private final Map<ConfigSection<?>, Object> sections;

    /** The value of every section, in reading order; only the reader builds one. */
    CrmConfiguration(Map<ConfigSection<?>, Object> sections) {
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
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
     * The value of one section: as the document gave it, or its default when the document left
     * it out.
     *
     * @param section the section, one of {@link ConfigSections}
     * @param <T> the type of its value
     * @return its value
     * @throws IllegalArgumentException if the section was not read into this configuration
     */
    public <T> T section(ConfigSection<T> section) {
        Object value = sections.get(section);
        if (value == null) {
            throw new IllegalArgumentException("section '" + section.key() + "' is not part of this configuration");
        }
        return section.cast(value);
    }

    /** {@return locale, phone region, currency and time-zone defaults} */
    public LocaleSettings locale() {
        return section(ConfigSections.LOCALE);
    }

    /** {@return each scheduled job's schedule and whether it runs} */
    public JobSettings jobs() {
        return section(ConfigSections.JOBS);
    }

    /** {@return the roles and what they allow} */
    public List<RoleDefinition> roles() {
        return section(ConfigSections.ROLES);
    }

    /** {@return the customer lifecycle statuses} */
    public LifecycleSettings lifecycle() {
        return section(ConfigSections.LIFECYCLE);
    }

    /** {@return the custom fields customers carry} */
    public List<CustomFieldDefinition> customFields() {
        return section(ConfigSections.CUSTOM_FIELDS);
    }

    /** {@return the tag dimensions customers are sorted by} */
    public List<TagDimensionDefinition> tags() {
        return section(ConfigSections.TAGS);
    }

    /** {@return ordered rules that set tags (value tier, urgency…)} */
    public List<ClassificationDefinition> classifications() {
        return section(ConfigSections.CLASSIFICATIONS);
    }

    /** {@return how customers are scored and grouped by value, if at all} */
    public Optional<ValueAssessmentSettings> valueAssessment() {
        return section(ConfigSections.VALUE_ASSESSMENT);
    }

    /** {@return follow-up task methods, priorities, reminders, due notice and escalation} */
    public FollowUpSettings followUp() {
        return section(ConfigSections.FOLLOW_UP);
    }

    /** {@return the kinds of interaction logged} */
    public InteractionSettings interactions() {
        return section(ConfigSections.INTERACTIONS);
    }

    /** {@return the names people see for the configured keys (statuses, tags, fields…), per language} */
    public Labels labels() {
        return section(ConfigSections.LABELS);
    }

    /**
     * Looks up a role.
     *
     * @param name the role's name
     * @return the role, or empty if not defined
     */
    public Optional<RoleDefinition> role(RoleName name) {
        return roles().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Looks up a tag dimension.
     *
     * @param key the dimension's key
     * @return the dimension, or empty if not configured
     */
    public Optional<TagDimensionDefinition> tagDimension(String key) {
        return tags().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * The custom field definitions by key.
     *
     * @return an unmodifiable map in no particular order
     */
    public Map<String, CustomFieldDefinition> customFieldsByKey() {
        return customFields().stream().collect(Collectors.toUnmodifiableMap(CustomFieldDefinition::key, Function.identity()));
    }

    /** Equal when every section has an equal value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CrmConfiguration other && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        return sections.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "CrmConfiguration[", "]"));
    }
}
