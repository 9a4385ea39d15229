package io.crmkit.segment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Saves a rule under a name, or changes a saved segment.
 *
 * @param name the name, unique in the tenant
 * @param description what it is for (may be empty)
 * @param rule the rule in the text form, e.g. {@code tag(level) = "A" and spend(12 months) >= 100000 CNY}
 * @param visibility private or shared
 */
public record SaveSegment(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 2000) String description,
        @NotBlank String rule,
        @NotNull SegmentVisibility visibility) {
}
