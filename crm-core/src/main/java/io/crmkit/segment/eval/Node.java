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

    /** A rough relative cost, to run cheap children first: 1 reads a field, 10 loops over purchases. */
    int cost() {
        return 2;
    }

    /**
     * {@code and}: stops at the first false child. Its tests of closed tag dimensions (the
     * cheapest and usually the most selective conditions) run first, inline from two arrays, so
     * most customers are decided without a virtual call; the other children follow, cheapest
     * kind first. Every child is a pure test, so the order changes only the speed.
     */
    static final class All extends Node {
        private final Node[] parts;
        private final int[] tagDims;
        private final long[] tagMasks;
        private final byte[] tagModes;
        private final Node[] rest;
        private final List<Node> order;

        All(Rule source, List<Node> parts) {
            super(source);
            this.parts = parts.toArray(Node[]::new);
            List<TagNodes.Bitwise> tags = new java.util.ArrayList<>();
            List<Node> others = new java.util.ArrayList<>();
            for (Node n : parts) {
                if (n instanceof TagNodes.Bitwise b) {
                    tags.add(b);
                } else {
                    others.add(n);
                }
            }
            others.sort(java.util.Comparator.comparingInt(Node::cost)); // stable: equal costs keep their order
            this.tagDims = tags.stream().mapToInt(TagNodes.Bitwise::dimension).toArray();
            this.tagMasks = tags.stream().mapToLong(TagNodes.Bitwise::mask).toArray();
            byte[] modes = new byte[tags.size()];
            for (int i = 0; i < modes.length; i++) {
                modes[i] = tags.get(i).mode();
            }
            this.tagModes = modes;
            this.rest = others.toArray(Node[]::new);
            List<Node> inOrder = new java.util.ArrayList<Node>(tags);
            inOrder.addAll(others);
            this.order = List.copyOf(inOrder);
        }

        /** {@return the children in the order {@link #test} runs them: closed-dimension tag tests, then cheapest first} */
        List<Node> evaluationOrder() {
            return order;
        }

        @Override
        boolean test(SegmentFacts f) {
            long[] bits = f.words;
            for (int i = 0; i < tagDims.length; i++) {
                if (!TagNodes.Bitwise.holds(tagModes[i], bits[tagDims[i]], tagMasks[i])) {
                    return false;
                }
            }
            for (Node n : rest) {
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

        @Override
        int cost() {
            return 1 + java.util.Arrays.stream(rest).mapToInt(Node::cost).max().orElse(0);
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
