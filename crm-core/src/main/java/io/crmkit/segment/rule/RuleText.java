package io.crmkit.segment.rule;

/**
 * The text form of rules, e.g.
 * {@code tag(industry) = "manufacturing" and spend(12 months) >= 100000 CNY}. The grammar is
 * in {@code docs/segments.md}. Printing and parsing round-trip: {@code parse(print(r))} equals
 * {@code r} for every rule the text form can write.
 */
public final class RuleText {

    private RuleText() {
    }

    /**
     * Parses a rule within the {@linkplain RuleLimits#defaults() default limits}.
     *
     * @param text the text form
     * @return the rule
     * @throws RuleException with the line, column and what was expected at the first error
     */
    public static Rule parse(String text) {
        return parseWithPositions(text, RuleLimits.defaults()).rule();
    }

    /**
     * Parses a rule within the given limits.
     *
     * @param text the text form
     * @param limits the limits
     * @return the rule
     * @throws RuleException with the line, column and what was expected at the first error
     */
    public static Rule parse(String text, RuleLimits limits) {
        return parseWithPositions(text, limits).rule();
    }

    /**
     * Parses a rule within the default limits, keeping where each node starts, so the checker
     * can report positions.
     *
     * @param text the text form
     * @return the rule with its nodes' positions
     * @throws RuleException with the line, column and what was expected at the first error
     */
    public static ParsedRule parseWithPositions(String text) {
        return parseWithPositions(text, RuleLimits.defaults());
    }

    /**
     * Parses a rule within the given limits, keeping where each node starts.
     *
     * @param text the text form
     * @param limits the limits
     * @return the rule with its nodes' positions
     * @throws RuleException with the line, column and what was expected at the first error
     */
    public static ParsedRule parseWithPositions(String text, RuleLimits limits) {
        return RuleParser.parse(text, limits);
    }

    /**
     * Prints a rule in the canonical text form: one line, single spaces, parentheses only
     * where needed to keep the tree.
     *
     * @param rule the rule
     * @return the text form
     * @throws RuleException ({@code print.unrepresentable}) if the rule holds something the text
     *     form cannot write: a key that is not an identifier, a number with a negative scale or
     *     more than 40 digits, a date outside the years 0000 to 9999
     */
    public static String print(Rule rule) {
        return RulePrinter.print(rule);
    }
}
