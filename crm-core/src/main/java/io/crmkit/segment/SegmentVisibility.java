package io.crmkit.segment;

/** Who sees a saved segment. */
public enum SegmentVisibility {
    /** Its owner (and administrators). */
    PRIVATE,
    /** Everyone in the tenant who may view customers. */
    SHARED
}
