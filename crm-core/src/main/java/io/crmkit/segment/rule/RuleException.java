package io.crmkit.segment.rule;

import io.crmkit.shared.CrmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule cannot be parsed, read, printed or accepted; lists every problem found
 * (the parser stops at the first syntax error, the checker collects all).
 */
public final class RuleException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     * @throws IllegalArgumentException if there is none
     */
    public RuleException(List<RuleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public RuleException(RuleProblem problem) {
        this(List.of(problem));
    }

    private static String describe(List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return "invalid rule: " + problems.get(0);
        }
        return problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n  ", "invalid rule (" + problems.size() + " problems):\n  ", ""));
    }

    /** {@return every problem, in the order found} */
    public List<RuleProblem> problems() {
        return problems;
    }
}
