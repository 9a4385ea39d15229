package io.crmkit.segment.eval;

import io.crmkit.segment.rule.Rule;
import java.util.List;

/**
 * One compiled rule node: a predicate over {@link SegmentFacts}, with the rule it came from
 * and its children, so the same tree both filters customers and explains a decision.
 */
abstract class Node {
    final Rule source;

    Node(Rule source) {
        this.source = source;
    }

    abstract boolean test(SegmentFacts f);

    List<Node> children() {
        return List.of();
    }

    /** {@code and}: stops at the first false child. */
    static final class All extends Node {
        private final Node[] parts;

        All(Rule source, List<Node> parts) {
            super(source);
            this.parts = parts.toArray(Node[]::new);
        }

        @Override
        boolean test(SegmentFacts f) {
            for (Node n : parts) {
                if (!n.test(f)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        List<Node> children() {
            return List.of(parts);
        }
    }

    /** {@code or}: stops at the first true child. */
    static final class Any extends Node {
        private final Node[] parts;

        Any(Rule source, List<Node> parts) {
            super(source);
            this.parts = parts.toArray(Node[]::new);
        }

        @Override
        boolean test(SegmentFacts f) {
            for (Node n : parts) {
                if (n.test(f)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        List<Node> children() {
            return List.of(parts);
        }
    }

    /** {@code not}. */
    static final class Negation extends Node {
        private final Node part;

        Negation(Rule source, Node part) {
            super(source);
            this.part = part;
        }

        @Override
        boolean test(SegmentFacts f) {
            return !part.test(f);
        }

        @Override
        List<Node> children() {
            return List.of(part);
        }
    }

    /** A condition decided without looking at the customer (e.g. {@code spend(…) is empty}: spend always has a value). */
    static final class Constant extends Node {
        private final boolean value;

        Constant(Rule source, boolean value) {
            super(source);
            this.value = value;
        }

        @Override
        boolean test(SegmentFacts f) {
            return value;
        }
    }
}
