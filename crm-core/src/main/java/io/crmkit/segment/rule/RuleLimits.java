package io.crmkit.segment.rule;

/**
 * How large a rule may be. The limits keep parsing, checking and evaluating a rule cheap and
 * safe, whoever wrote it: the parser, the JSON reader and the checker all enforce them.
 *
 * @param maxTextLength the longest text form, in UTF-16 characters (default 10,000)
 * @param maxDepth the deepest nesting: a condition is depth 1, an {@code and}, {@code or} or
 *     {@code not} one more than its deepest part; in the text form every parenthesis and
 *     {@code not} also counts as one level (default 32, at most {@value #DEPTH_CEILING})
 * @param maxConditions the most conditions (tag tests and comparisons) in one rule (default 500)
 * @param maxListValues the most values in one list, e.g. {@code in (…)} (default 1,000)
 */
public record RuleLimits(int maxTextLength, int maxDepth, int maxConditions, int maxListValues) {

    /**
     * The highest allowed {@link #maxDepth()}: deeper rules could exhaust the thread's stack in
     * the recursive parser and checker.
     */
    public static final int DEPTH_CEILING = 1000;

    /**
     * Checks the limits.
     *
     * @param maxTextLength see {@link #maxTextLength()}
     * @param maxDepth see {@link #maxDepth()}
     * @param maxConditions see {@link #maxConditions()}
     * @param maxListValues see {@link #maxListValues()}
     * @throws IllegalArgumentException if a limit is below 1 or the depth above the ceiling
     */
    public RuleLimits {
        if (maxTextLength < 1 || maxDepth < 1 || maxConditions < 1 || maxListValues < 1) {
            throw new IllegalArgumentException("rule limits are at least 1");
        }
        if (maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("the depth limit is at most " + DEPTH_CEILING + ", got " + maxDepth);
        }
    }

    /** {@return the default limits: 10,000 characters, depth 32, 500 conditions, 1,000 values in a list} */
    public static RuleLimits defaults() {
        return new RuleLimits(10_000, 32, 500, 1_000);
    }
}
