package io.crmkit.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The result of a follow-up, recorded when it is completed.
 *
 * @param actualAt when it actually happened, not in the future
 * @param outcome what came of it
 * @param nextStep the next step with its date, if any
 * @param feedback what the customer said
 * @param attachments files by reference (at most 20)
 */
public record FollowUpResult(
        @NotNull Instant actualAt,
        @NotBlank @Size(max = 2000) String outcome,
        @NotNull Optional<@Valid NextStep> nextStep,
        @NotNull @Valid CustomerFeedback feedback,
        @NotNull @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {

    /**
     * Copies the attachments ({@code null}s stay for validation to report).
     *
     * @param actualAt see {@link #actualAt()}
     * @param outcome see {@link #outcome()}
     * @param nextStep see {@link #nextStep()}
     * @param feedback see {@link #feedback()}
     * @param attachments see {@link #attachments()}
     */
    public FollowUpResult {
        nextStep = nextStep == null ? Optional.empty() : nextStep;
        attachments = attachments == null ? null : Collections.unmodifiableList(new ArrayList<>(attachments));
    }

    /**
     * A result with only an outcome.
     *
     * @param actualAt when it happened
     * @param outcome what came of it
     * @return the result
     */
    public static FollowUpResult of(Instant actualAt, String outcome) {
        return new FollowUpResult(actualAt, outcome, Optional.empty(), CustomerFeedback.none(), List.of());
    }
}
