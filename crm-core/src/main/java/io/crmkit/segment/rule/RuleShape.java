package io.crmkit.segment.rule;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Measures a rule's depth and number of conditions without recursion, so that a rule built in
 * code deeper than the stack can still be measured and refused.
 *
 * @param depth a condition is 1, a connective one more than its deepest part
 * @param conditions how many tag tests and comparisons
 */
record RuleShape(int depth, int conditions) {

    private record Frame(Rule rule, int depth) {
    }

    static RuleShape of(Rule rule) {
        Deque<Frame> todo = new ArrayDeque<>();
        todo.push(new Frame(rule, 1));
        int depth = 0;
        int conditions = 0;
        while (!todo.isEmpty()) {
            Frame frame = todo.pop();
            depth = Math.max(depth, frame.depth());
            List<Rule> children = children(frame.rule());
            if (children.isEmpty()) {
                conditions++;
            }
            for (Rule child : children) {
                todo.push(new Frame(child, frame.depth() + 1));
            }
        }
        return new RuleShape(depth, conditions);
    }

    /** {@return the rule's direct parts; empty for a condition} */
    static List<Rule> children(Rule rule) {
        if (rule instanceof AllOf a) {
            return a.rules();
        }
        if (rule instanceof AnyOf a) {
            return a.rules();
        }
        if (rule instanceof Not n) {
            return List.of(n.rule());
        }
        return List.of();
    }
}
