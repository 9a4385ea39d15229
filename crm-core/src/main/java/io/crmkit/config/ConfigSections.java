package io.crmkit.config;

import io.crmkit.access.RoleDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The sections of the configuration document, in the order they are read. A section reads only
 * the sections it declares, and those come before it: classifications and value assessment name
 * tag dimensions, and take their samples only when the {@code tags} section is left out too (the
 * sample classifications also use the locale's currency). Every other section stands alone.
 *
 * <p>Public so that other crmkit packages can read a section by its constant with
 * {@link CrmConfiguration#section(ConfigSection)}; {@link CrmConfiguration}'s accessors
 * ({@code followUp()}, {@code tags()}, …) give the same values.
 */
public final class ConfigSections {
    /** {@code locale}: default locale, phone region, currency and time zone. */
    public static final ConfigSection<LocaleSettings> LOCALE =
            ConfigSection.of("locale", LocaleReader.DEFAULT, (nodes, node) -> new LocaleReader(nodes).read(node));

    /**
     * {@code jobs}: each scheduled job's schedule and whether it runs; left out, or a job left
     * out, {@link JobSettings#DEFAULTS} (reclassification daily at 02:00 in {@code locale.zone}).
     */
    public static final ConfigSection<JobSettings> JOBS =
            ConfigSection.of("jobs", JobSettings.DEFAULTS, (nodes, node) -> new JobsReader(nodes).read(node));

    /** {@code roles}: the roles and what they allow; left out, the three standard roles. */
    public static final ConfigSection<List<RoleDefinition>> ROLES =
            ConfigSection.of("roles", RoleReader.DEFAULT, (nodes, node) -> new RoleReader(nodes).read(node));

    /** {@code lifecycle}: the customer lifecycle's statuses, transitions and guards. */
    public static final ConfigSection<LifecycleSettings> LIFECYCLE =
            ConfigSection.of("lifecycle", LifecycleReader.DEFAULT, (nodes, node) -> new LifecycleReader(nodes).read(node));

    /** {@code customFields}: the custom fields customers carry; left out, none. */
    public static final ConfigSection<List<CustomFieldDefinition>> CUSTOM_FIELDS =
            ConfigSection.of("customFields", List.of(), CustomFieldReader::list);

    /** {@code tags}: the tag dimensions; left out, the sample dimensions. */
    public static final ConfigSection<List<TagDimensionDefinition>> TAGS =
            ConfigSection.of("tags", TagDimensionReader.SAMPLE, (nodes, node) -> new TagDimensionReader(nodes).read(node));

    /**
     * {@code classification}: the rules that set tags; left out, the samples when {@code tags} is
     * left out too, else none; {@code null} for none.
     */
    public static final ConfigSection<List<ClassificationDefinition>> CLASSIFICATIONS = ConfigSection.dependent(
            "classification", List.of(LOCALE, TAGS),
            (node, nodes, before) -> node.isNull() ? List.of()
                    : new ClassificationReader(nodes, before.get(TAGS)).classifications(node),
            before -> before.given(TAGS) ? List.of()
                    : ClassificationReader.sampleClassifications(before.get(LOCALE).currency().getCurrencyCode()));

    /**
     * {@code valueAssessment}: value scoring and groups; left out, the sample when {@code tags} is
     * left out too, else none; {@code null} for none.
     */
    public static final ConfigSection<Optional<ValueAssessmentSettings>> VALUE_ASSESSMENT = ConfigSection.dependent(
            "valueAssessment", List.of(TAGS),
            (node, nodes, before) -> node.isNull() ? Optional.empty()
                    : new ClassificationReader(nodes, before.get(TAGS)).valueAssessment(node),
            before -> before.given(TAGS) ? Optional.empty() : Optional.of(ClassificationReader.sampleValueAssessment()));

    /** {@code followUp}: task methods, priorities, reminders, due notice and escalation. */
    public static final ConfigSection<FollowUpSettings> FOLLOW_UP =
            ConfigSection.of("followUp", FollowUpSettings.defaults(), (nodes, node) -> new FollowUpReader(nodes).read(node));

    /** {@code interactions}: the kinds of interaction logged. */
    public static final ConfigSection<InteractionSettings> INTERACTIONS = ConfigSection.of("interactions",
            InteractionSettings.defaults(), (nodes, node) -> new InteractionReader(nodes).read(node));

    /**
     * {@code labels}: the names people see for the configured keys, per language; left out, the
     * definitions' own labels, crmkit's for the sample keys, else the keys.
     */
    public static final ConfigSection<Labels> LABELS = ConfigSection.dependent("labels",
            List.of(ROLES, LIFECYCLE, CUSTOM_FIELDS, TAGS, FOLLOW_UP, INTERACTIONS),
            (node, nodes, before) -> new LabelsReader(nodes, before).read(node), LabelsReader::absent);

    /** Every section, in reading order: a section comes after those it depends on. */
    static final List<ConfigSection<?>> ALL = List.of(LOCALE, JOBS, ROLES, LIFECYCLE, CUSTOM_FIELDS, TAGS, CLASSIFICATIONS,
            VALUE_ASSESSMENT, FOLLOW_UP, INTERACTIONS, LABELS);

    private ConfigSections() {
    }
}
