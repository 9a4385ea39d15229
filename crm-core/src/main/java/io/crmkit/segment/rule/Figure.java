package io.crmkit.segment.rule;

import java.util.Objects;

/**
 * A purchase figure over a window, e.g. {@code spend(12 months)} or {@code orders(this year)}.
 *
 * @param figure which figure
 * @param window over which purchases
 */
public record Figure(FigureKind figure, Window window) implements Operand {

    /**
     * Checks the components.
     *
     * @param figure see {@link #figure()}
     * @param window see {@link #window()}
     */
    public Figure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(window, "window");
    }
}
