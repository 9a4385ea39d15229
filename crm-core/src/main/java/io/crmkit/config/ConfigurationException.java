package io.crmkit.config;

import io.crmkit.shared.CrmException;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a configuration document is invalid; lists every problem found. */
public final class ConfigurationException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigurationProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public ConfigurationException(List<ConfigurationProblem> problems) {
        super(problems.stream().map(ConfigurationProblem::toString)
                .collect(Collectors.joining("\n  ", "invalid crmkit configuration:\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, in document order} */
    public List<ConfigurationProblem> problems() {
        return problems;
    }
}
