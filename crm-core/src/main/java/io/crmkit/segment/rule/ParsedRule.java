package io.crmkit.segment.rule;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule parsed from its text form, with where each of its nodes starts in the text. Nodes are
 * looked up by identity, not equality: two equal conditions written twice have two positions.
 */
public final class ParsedRule {
    private final Rule rule;
    private final Map<Object, SourcePosition> positions;

    ParsedRule(Rule rule, IdentityHashMap<Object, SourcePosition> positions) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.positions = new IdentityHashMap<>(positions);
    }

    /** {@return the rule} */
    public Rule rule() {
        return rule;
    }

    /**
     * Where a node of this rule starts.
     *
     * @param node a rule node, this very object from {@link #rule()}'s tree
     * @return its position, or empty if it is not a node of this parse
     */
    public Optional<SourcePosition> positionOf(Rule node) {
        return Optional.ofNullable(positions.get(node));
    }

    /**
     * Where a literal of this rule starts.
     *
     * @param literal a literal, this very object from {@link #rule()}'s tree
     * @return its position, or empty if it is not a literal of this parse
     */
    public Optional<SourcePosition> positionOf(Literal literal) {
        return Optional.ofNullable(positions.get(literal));
    }
}
