package io.crmkit.segment;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Page;
import java.util.Objects;

/**
 * What a rule selects, before it is saved.
 *
 * @param rule the rule in canonical text form
 * @param count how many customers it selects now
 * @param firstPage the first page of them, in id order
 */
public record SegmentPreview(String rule, long count, Page<CustomerId> firstPage) {

    /**
     * Checks the components.
     *
     * @param rule see {@link #rule()}
     * @param count see {@link #count()}
     * @param firstPage see {@link #firstPage()}
     */
    public SegmentPreview {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(firstPage, "firstPage");
    }
}
