package io.crmkit.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What comes next after a follow-up, and when.
 *
 * @param description what to do
 * @param plannedAt when, after the result's actual time
 */
public record NextStep(@NotBlank @Size(max = 2000) String description, @NotNull Instant plannedAt) {
}
