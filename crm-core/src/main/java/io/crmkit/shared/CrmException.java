package io.crmkit.shared;

/**
 * The root of every exception crmkit throws on purpose.
 *
 * <p>Callers that want to branch catch one of the final subclasses, each of which carries
 * typed context (the missing id, the expected and actual version, the violations). No crmkit
 * API throws a bare {@link RuntimeException}.
 */
public abstract class CrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, never {@code null}
     */
    protected CrmException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, never {@code null}
     * @param cause the underlying failure
     */
    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
