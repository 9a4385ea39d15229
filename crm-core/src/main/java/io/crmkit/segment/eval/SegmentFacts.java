package io.crmkit.segment.eval;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomFieldValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What rules test about one customer, laid out by a {@link FactsLayout}: its tags as bit masks
 * (closed dimensions) or sorted arrays (open ones), custom field values by position, its
 * counted purchases as parallel arrays sorted by date (amounts in minor units of the
 * deployment's currency), and when it was last contacted. Immutable; build it with
 * {@link FactsLayout#facts}.
 */
public final class SegmentFacts {
    static final long NEVER = Long.MIN_VALUE;

    final Customer customer;
    final String nameLower;
    /**
     * Everything a rule most often tests, in one array so that a customer costs one cache miss
     * for it: the tag bits of each dimension, then the value of each whole-number custom field,
     * then a bit per whole-number custom field that has a value.
     */
    final long[] words;
    final String[][] openTags;
    final Object[] custom;
    final int[] purchaseDays;
    final long[] purchaseAmounts;
    final long[] purchaseMargins;
    final long lastContactMicros;

    SegmentFacts(Customer customer, long[] words, String[][] openTags, Object[] custom, int[] purchaseDays,
                 long[] purchaseAmounts, long[] purchaseMargins, long lastContactMicros) {
        this.customer = customer;
        this.nameLower = customer.name().toLowerCase(Locale.ROOT);
        this.words = words;
        this.openTags = openTags;
        this.custom = custom;
        this.purchaseDays = purchaseDays;
        this.purchaseAmounts = purchaseAmounts;
        this.purchaseMargins = purchaseMargins;
        this.lastContactMicros = lastContactMicros;
    }

    /** {@return the customer} */
    public Customer customer() {
        return customer;
    }

    /**
     * The bits of a closed dimension's values the customer has.
     *
     * @param dimension the dimension's position in the layout
     * @return the mask (0 for none)
     */
    public long tagBits(int dimension) {
        return words[dimension];
    }

    /**
     * Whether a whole-number custom field has a value (the first 64 such fields of the layout).
     *
     * @param layout the layout the facts were built with
     * @param field the field's position in the layout
     * @return whether {@link #wholeField} holds its value
     */
    public boolean hasWholeField(FactsLayout layout, int field) {
        return (words[layout.wholePresenceWord()] & (1L << field)) != 0;
    }

    /**
     * A whole-number custom field's value, without boxing (check {@link #hasWholeField} first).
     *
     * @param layout the layout the facts were built with
     * @param field the field's position in the layout
     * @return the value, or 0 when it has none
     */
    public long wholeField(FactsLayout layout, int field) {
        return words[layout.wholeWord(field)];
    }

    /**
     * Whether the customer has a value of an open dimension.
     *
     * @param dimension the dimension's position in the layout
     * @param value the value
     * @return whether it has it
     */
    public boolean hasOpenTag(int dimension, String value) {
        return Arrays.binarySearch(openTags[dimension], value) >= 0;
    }

    /**
     * A custom field's value.
     *
     * @param field the field's position in the layout
     * @return the value, or empty
     */
    public Optional<CustomFieldValue> customField(int field) {
        return Optional.ofNullable((CustomFieldValue) custom[field]);
    }

    /** {@return how many counted purchases} */
    public int purchaseCount() {
        return purchaseDays.length;
    }

    /**
     * A purchase's date.
     *
     * @param i its position, by date
     * @return the date as an epoch day
     */
    public int purchaseDay(int i) {
        return purchaseDays[i];
    }

    /**
     * A purchase's amount.
     *
     * @param i its position, by date
     * @return the amount in minor units of the deployment's currency (cents for CNY)
     */
    public long purchaseAmount(int i) {
        return purchaseAmounts[i];
    }

    /**
     * A purchase's margin.
     *
     * @param i its position, by date
     * @return the margin in minor units (0 when not known)
     */
    public long purchaseMargin(int i) {
        return purchaseMargins[i];
    }

    /**
     * When the customer was last contacted, without allocating.
     *
     * @param ifNone what to return when no contact is recorded
     * @return microseconds since the epoch, or {@code ifNone}
     */
    public long lastContactMicros(long ifNone) {
        return lastContactMicros == NEVER ? ifNone : lastContactMicros;
    }

    /** {@return when the customer was last contacted} */
    public Optional<Instant> lastContact() {
        return lastContactMicros == NEVER ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(Math.floorDiv(lastContactMicros, 1_000_000L),
                        Math.floorMod(lastContactMicros, 1_000_000L) * 1000L));
    }
}
