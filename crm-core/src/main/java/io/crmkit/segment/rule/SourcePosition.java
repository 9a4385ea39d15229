package io.crmkit.segment.rule;

/**
 * Where something starts in a rule's text form.
 *
 * @param line the line, from 1
 * @param column the column, from 1, counted in Unicode code points (an emoji is one column)
 */
public record SourcePosition(int line, int column) {

    /**
     * Checks the components.
     *
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @throws IllegalArgumentException if either is below 1
     */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ", " + column);
        }
    }

    /** {@return {@code line L, column C}, the form error messages use} */
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
