package io.crmkit.segment.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A value written in a rule. Which literals fit which operand is checked by the rule checker.
 */
public sealed interface Literal {

    /**
     * Text, written in double quotes: {@code "manufacturing"}.
     *
     * @param value the text
     */
    record Text(String value) implements Literal {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number, written {@code 42}, {@code -3.5}; its scale is kept as written.
     *
     * @param value the number
     */
    record Decimal(BigDecimal value) implements Literal {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An amount of money, written {@code 100000 CNY}.
     *
     * @param amount the amount, its scale as written
     * @param currency the ISO 4217 currency
     */
    record Amount(BigDecimal amount, Currency currency) implements Literal {
        /**
         * Checks the components.
         *
         * @param amount see {@link #amount()}
         * @param currency see {@link #currency()}
         */
        public Amount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * A calendar date, written {@code 2026-01-31}.
     *
     * @param value the date
     */
    record Day(LocalDate value) implements Literal {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An instant, written in ISO 8601 with {@code Z}: {@code 2026-01-31T08:00:00Z}; at most
     * microsecond precision (what storage keeps).
     *
     * @param value the instant
     */
    record Moment(Instant value) implements Literal {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         * @throws IllegalArgumentException if it is finer than a microsecond
         */
        public Moment {
            Objects.requireNonNull(value, "value");
            if (value.getNano() % 1000 != 0) {
                throw new IllegalArgumentException("an instant in a rule has at most microsecond precision: " + value);
            }
        }
    }

    /**
     * Yes or no, written {@code true} or {@code false}.
     *
     * @param value the value
     */
    record Flag(boolean value) implements Literal {
    }

    /**
     * A span back from now, written {@code 30 days}: the value of {@code older than} and
     * {@code within}.
     *
     * @param amount how many units, 1 to 100,000
     * @param unit the unit
     */
    record Span(long amount, PeriodUnit unit) implements Literal {
        /** The longest span in units. */
        public static final long MAX_AMOUNT = 100_000;

        /**
         * Checks the components.
         *
         * @param amount see {@link #amount()}
         * @param unit see {@link #unit()}
         * @throws IllegalArgumentException if the amount is out of range
         */
        public Span {
            Objects.requireNonNull(unit, "unit");
            if (amount < 1 || amount > MAX_AMOUNT) {
                throw new IllegalArgumentException("a span is 1 to " + MAX_AMOUNT + " units, got " + amount);
            }
        }
    }
}
