package io.crmkit.segment.rule;

/**
 * The purchase figures a rule can compare, over a {@link Window}. Purchases count when they are
 * not cancelled; amounts are in the deployment's currency (converted when recorded).
 */
public enum FigureKind {
    /** {@code spend(w)}: the sum of the purchases' amounts. */
    SPEND("spend", ValueKind.MONEY),
    /** {@code orders(w)}: how many purchases. */
    ORDERS("orders", ValueKind.INTEGER),
    /** {@code averageOrder(w)}: spend divided by orders, rounded half-up to the currency's digits; empty without purchases. */
    AVERAGE_ORDER("averageOrder", ValueKind.MONEY),
    /** {@code margin(w)}: the sum of the purchases' margins. */
    MARGIN("margin", ValueKind.MONEY),
    /**
     * {@code growth(w)}: spend in the window against spend in the window before it, in per cent,
     * rounded half-up to two decimals ({@code 25.00} = a quarter more); empty when the window
     * before had no spend.
     */
    GROWTH("growth", ValueKind.DECIMAL);

    private final String text;
    private final ValueKind kind;

    FigureKind(String text, ValueKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** {@return the figure's name in the text form, e.g. {@code averageOrder}} */
    public String text() {
        return text;
    }

    /** {@return the kind of value the figure has} */
    public ValueKind kind() {
        return kind;
    }
}
