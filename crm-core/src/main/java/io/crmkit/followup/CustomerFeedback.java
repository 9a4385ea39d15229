package io.crmkit.followup;

import io.crmkit.shared.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.Optional;

/**
 * What the customer said in a follow-up: the budget and decision cycle as typed values, and
 * everything else as free text.
 *
 * @param budget the budget the customer named, if any (not negative)
 * @param decisionCycle how long the customer expects to take to decide, if said (e.g.
 *     {@code P3M}); more than zero, at most ten years
 * @param comments free text, possibly empty
 */
public record CustomerFeedback(
        @NotNull Optional<Money> budget,
        @NotNull Optional<Period> decisionCycle,
        @NotNull @Size(max = 2000) String comments) {

    /**
     * Fills absent optionals ({@code null} text stays for validation to report).
     *
     * @param budget see {@link #budget()}
     * @param decisionCycle see {@link #decisionCycle()}
     * @param comments see {@link #comments()}
     */
    public CustomerFeedback {
        budget = budget == null ? Optional.empty() : budget;
        decisionCycle = decisionCycle == null ? Optional.empty() : decisionCycle;
    }

    /** {@return feedback with nothing said} */
    public static CustomerFeedback none() {
        return new CustomerFeedback(Optional.empty(), Optional.empty(), "");
    }
}
