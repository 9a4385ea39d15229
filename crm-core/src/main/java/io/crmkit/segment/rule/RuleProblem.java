package io.crmkit.segment.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a rule: a syntax error in its text or JSON form, a name the deployment
 * does not know, a value that does not fit, or a limit exceeded.
 *
 * @param position where in the text form, when the rule was parsed from text
 * @param path the node's path in the rule tree, e.g. {@code and[2].values[0]} (for the JSON
 *     form, the JSON path, e.g. {@code $.and[2].values[0]}); empty when not applicable
 * @param code a stable machine-readable code, e.g. {@code syntax.expected} or
 *     {@code tag.unknown_dimension}; the codes are listed in {@code docs/segments.md}
 * @param message an English description that stands on its own, including line and column
 *     when known
 */
public record RuleProblem(Optional<SourcePosition> position, String path, String code, String message) {

    /**
     * Checks the components.
     *
     * @param position see {@link #position()}
     * @param path see {@link #path()}
     * @param code see {@link #code()}
     * @param message see {@link #message()}
     */
    public RuleProblem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem at a position in the text form; the message is prefixed with the position.
     *
     * @param position where
     * @param code the code
     * @param detail what is wrong, without the position
     * @return the problem
     */
    public static RuleProblem at(SourcePosition position, String code, String detail) {
        return new RuleProblem(Optional.of(position), "", code, position + ": " + detail);
    }

    /**
     * A problem at a node of the tree, with its text position when known; the message is
     * prefixed with the position if known, else with the path if not empty.
     *
     * @param position where in the text form, if known
     * @param path the node's path
     * @param code the code
     * @param detail what is wrong, without the position
     * @return the problem
     */
    public static RuleProblem of(Optional<SourcePosition> position, String path, String code, String detail) {
        String prefix = position.map(p -> p + ": ").orElse(path.isEmpty() ? "" : path + ": ");
        return new RuleProblem(position, path, code, prefix + detail);
    }

    @Override
    public String toString() {
        return message + " [" + code + "]";
    }
}
