package io.crmkit.shared;

import java.util.List;

/**
 * A lifecycle change the configured state machine does not allow from the current status.
 * Carries the allowed next statuses, so a caller can offer them.
 */
public final class IllegalTransitionException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;
    private final transient List<String> allowed;

    /**
     * Creates the exception.
     *
     * @param from the current status
     * @param to the status asked for
     * @param allowed the statuses that may follow {@code from}
     */
    public IllegalTransitionException(String from, String to, List<String> allowed) {
        super("lifecycle status '" + to + "' cannot follow '" + from + "'; allowed next: "
                + (allowed.isEmpty() ? "none (final status)" : String.join(", ", allowed)));
        this.from = from;
        this.to = to;
        this.allowed = List.copyOf(allowed);
    }

    /** {@return the current status} */
    public String from() {
        return from;
    }

    /** {@return the status asked for} */
    public String to() {
        return to;
    }

    /** {@return the statuses that may follow the current one} */
    public List<String> allowed() {
        return allowed;
    }
}
