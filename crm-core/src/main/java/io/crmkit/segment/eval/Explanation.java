package io.crmkit.segment.eval;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule selected a customer or not: each clause in the text form with its outcome, and
 * the clauses it is made of.
 *
 * @param clause the clause in the text form, e.g. {@code spend(12 months) >= 100000 CNY}
 * @param matched whether it held for the customer
 * @param parts the clauses of an {@code and}, {@code or} or {@code not}, each explained; empty for a condition
 */
public record Explanation(String clause, boolean matched, List<Explanation> parts) {

    /**
     * Checks and copies the components.
     *
     * @param clause see {@link #clause()}
     * @param matched see {@link #matched()}
     * @param parts see {@link #parts()}
     */
    public Explanation {
        Objects.requireNonNull(clause, "clause");
        parts = List.copyOf(parts);
    }
}
