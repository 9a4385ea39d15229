package io.crmkit.config;

/**
 * What a configured key names, and so where its label comes from: the key under which the
 * {@code labels} section of the configuration lists its labels.
 *
 * <p>Tag values and custom-field options belong to their dimension or field: they are
 * labelled per dimension ({@code tagValues: {value_tier: {high: …}}}), and asked for with
 * {@link Labels#tagValue(String, String, java.util.Locale)} and
 * {@link Labels#option(String, String, java.util.Locale)}.
 */
public enum LabelKind {
    /** A lifecycle status, e.g. {@code on_trial}. */
    LIFECYCLE_STATUS("statuses"),
    /** A tag dimension, e.g. {@code value_tier}. */
    TAG_DIMENSION("tags"),
    /** A value of a tag dimension, e.g. {@code high} of {@code value_tier}. */
    TAG_VALUE("tagValues"),
    /** A custom field, e.g. {@code credit_limit}. */
    CUSTOM_FIELD("fields"),
    /** An option of a choice custom field, e.g. {@code exhibition} of {@code customer_source}. */
    FIELD_OPTION("fieldOptions"),
    /** A follow-up method, e.g. {@code phone}. */
    FOLLOW_UP_METHOD("methods"),
    /** A follow-up priority, e.g. {@code urgent}. */
    PRIORITY("priorities"),
    /** A kind of interaction, e.g. {@code visit}. */
    INTERACTION_KIND("interactionKinds"),
    /** A role, e.g. {@code sales_rep}. */
    ROLE("roles");

    private final String sectionKey;

    LabelKind(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    /** {@return the key under {@code labels} that lists this kind's labels, e.g. {@code statuses}} */
    public String sectionKey() {
        return sectionKey;
    }

    /** {@return whether a key of this kind belongs to a dimension or a field (tag values, options)} */
    boolean isQualified() {
        return this == TAG_VALUE || this == FIELD_OPTION;
    }
}
