package io.crmkit.segment.rule;

/** The customer's own fields and dates a rule can compare, with their names in the text form. */
public enum Attribute implements Operand {
    /** The customer's name ({@code contains} and {@code starts with} ignore case). */
    NAME("name", ValueKind.TEXT),
    /** {@code COMPANY} or {@code INDIVIDUAL}. */
    TYPE("type", ValueKind.CHOICE),
    /** The industry. */
    INDUSTRY("industry", ValueKind.TEXT),
    /** The size band. */
    SIZE("size", ValueKind.TEXT),
    /** The region. */
    REGION("region", ValueKind.TEXT),
    /** Where the customer came from. */
    SOURCE("source", ValueKind.TEXT),
    /** The address's province. */
    PROVINCE("province", ValueKind.TEXT),
    /** The address's city. */
    CITY("city", ValueKind.TEXT),
    /** The owner's user id. */
    OWNER("owner", ValueKind.TEXT),
    /** The lifecycle status, one of the configured ones. */
    STATUS("status", ValueKind.CHOICE),
    /** When the customer was created. */
    CREATED("created", ValueKind.DATE_TIME),
    /** When the customer was last changed. */
    UPDATED("updated", ValueKind.DATE_TIME),
    /** When someone last contacted the customer (empty if never recorded). */
    LAST_CONTACT("lastContact", ValueKind.DATE_TIME),
    /** The date of the customer's first purchase that is not cancelled (empty if none). */
    FIRST_PURCHASE("firstPurchase", ValueKind.DATE),
    /** The date of the customer's latest purchase that is not cancelled (empty if none). */
    LAST_PURCHASE("lastPurchase", ValueKind.DATE);

    private final String text;
    private final ValueKind kind;

    Attribute(String text, ValueKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** {@return the attribute's name in the text form, e.g. {@code lastContact}} */
    public String text() {
        return text;
    }

    /** {@return the kind of value the attribute has} */
    public ValueKind kind() {
        return kind;
    }
}
