package io.crmkit.customer;

import io.crmkit.config.CustomFieldType;
import io.crmkit.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value of one custom field. One record per value type; which types a field accepts is
 * decided by its {@link io.crmkit.config.CustomFieldDefinition}.
 */
public sealed interface CustomFieldValue {

    /** {@return the field types this value fits} */
    Set<CustomFieldType> fits();

    /** {@return the value as text, as shown in audit entries} */
    String display();

    /**
     * A text value (for {@code TEXT} and {@code LONG_TEXT} fields).
     *
     * @param value the text
     * @return the value
     */
    static CustomFieldValue text(String value) {
        return new Text(value);
    }

    /**
     * A whole number.
     *
     * @param value the number
     * @return the value
     */
    static CustomFieldValue integer(long value) {
        return new Whole(value);
    }

    /**
     * A decimal number.
     *
     * @param value the number
     * @return the value
     */
    static CustomFieldValue decimal(BigDecimal value) {
        return new Decimal(value);
    }

    /**
     * An amount of money.
     *
     * @param value the amount
     * @return the value
     */
    static CustomFieldValue money(Money value) {
        return new Amount(value);
    }

    /**
     * A date.
     *
     * @param value the date
     * @return the value
     */
    static CustomFieldValue date(LocalDate value) {
        return new Day(value);
    }

    /**
     * An instant.
     *
     * @param value the instant
     * @return the value
     */
    static CustomFieldValue dateTime(Instant value) {
        return new Moment(value);
    }

    /**
     * Yes or no.
     *
     * @param value the flag
     * @return the value
     */
    static CustomFieldValue bool(boolean value) {
        return new Flag(value);
    }

    /**
     * One option of a single-choice field.
     *
     * @param option the option key
     * @return the value
     */
    static CustomFieldValue choice(String option) {
        return new Choice(option);
    }

    /**
     * Options of a multi-choice field.
     *
     * @param options the option keys
     * @return the value
     */
    static CustomFieldValue choices(Set<String> options) {
        return new Choices(options);
    }

    /**

     * A text value.

     *

     * @param value the text

     */

    record Text(String value) implements CustomFieldValue {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.TEXT, CustomFieldType.LONG_TEXT);
        }

        @Override
        public String display() {
            return value;
        }
    }

    /**

     * A whole number.

     *

     * @param value the whole number

     */

    record Whole(long value) implements CustomFieldValue {
        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.INTEGER);
        }

        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /**

     * A decimal number.

     *

     * @param value the decimal number, kept with trailing zeros stripped so equal numbers are equal records

     */

    record Decimal(BigDecimal value) implements CustomFieldValue {
        /**
         * Checks and normalises the value.
         *
         * @param value see {@link #value()}
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.DECIMAL);
        }

        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /**

     * An amount of money.

     *

     * @param value the amount

     */

    record Amount(Money value) implements CustomFieldValue {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Amount {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.MONEY);
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    /**

     * A date.

     *

     * @param value the date

     */

    record Day(LocalDate value) implements CustomFieldValue {
        /**
         * Checks the value.
         *
         * @param value see {@link #value()}
         */
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.DATE);
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    /**

     * An instant.

     *

     * @param value the instant, truncated to microseconds (what SQL timestamps keep)

     */

    record Moment(Instant value) implements CustomFieldValue {
        /**
         * Checks and truncates the value.
         *
         * @param value see {@link #value()}
         */
        public Moment {
            Objects.requireNonNull(value, "value");
            value = value.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.DATE_TIME);
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    /**

     * A yes/no flag.

     *

     * @param value the flag

     */

    record Flag(boolean value) implements CustomFieldValue {
        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.BOOLEAN);
        }

        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    /**

     * One option of a choice field.

     *

     * @param option the chosen option key

     */

    record Choice(String option) implements CustomFieldValue {
        /**
         * Checks the value.
         *
         * @param option see {@link #option()}
         */
        public Choice {
            Objects.requireNonNull(option, "option");
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.SINGLE_CHOICE);
        }

        @Override
        public String display() {
            return option;
        }
    }

    /**

     * Several options of a multiple-choice field.

     *

     * @param options the chosen option keys, kept sorted

     */

    record Choices(Set<String> options) implements CustomFieldValue {
        /**
         * Copies the options into sorted order.
         *
         * @param options see {@link #options()}
         */
        public Choices {
            options = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(options));
        }

        @Override
        public Set<CustomFieldType> fits() {
            return Set.of(CustomFieldType.MULTI_CHOICE);
        }

        @Override
        public String display() {
            return String.join(",", options);
        }
    }
}
