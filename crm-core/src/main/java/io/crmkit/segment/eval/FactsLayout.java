package io.crmkit.segment.eval;

import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.customer.Customer;
import io.crmkit.purchase.Purchase;
import io.crmkit.segment.rule.RuleVocabulary;
import io.crmkit.segment.rule.RuleVocabulary.TagDimensionTerms;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where each piece of a customer sits in {@link SegmentFacts} for one vocabulary: every tag
 * dimension and custom field gets a position, and each value of a closed dimension (up to 63
 * values) a bit. Built once per vocabulary; facts and compiled rules must share one layout.
 */
public final class FactsLayout {
    private static final int MAX_BITS = 63;

    private final RuleVocabulary vocabulary;
    private final Map<String, Integer> dimensions = new HashMap<>();
    private final List<Map<String, Long>> bits = new ArrayList<>();
    private final Map<String, Integer> customFields = new HashMap<>();
    private final List<String> customFieldKeys = new ArrayList<>();
    private final int currencyDigits;

    /**
     * Lays out a vocabulary.
     *
     * @param vocabulary the deployment's vocabulary
     */
    public FactsLayout(RuleVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> keys = new ArrayList<>(vocabulary.tagDimensions().keySet());
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
            TagDimensionTerms terms = vocabulary.tagDimensions().get(key);
            dimensions.put(key, bits.size());
            Map<String, Long> valueBits = new HashMap<>();
            if (!terms.open() && terms.values().size() <= MAX_BITS) {
                for (int i = 0; i < terms.values().size(); i++) {
                    valueBits.put(terms.values().get(i), 1L << i);
                }
            }
            bits.add(valueBits);
        }
        List<String> fields = new ArrayList<>(vocabulary.customFields().keySet());
        fields.sort(Comparator.naturalOrder());
        for (String key : fields) {
            customFields.put(key, customFieldKeys.size());
            customFieldKeys.add(key);
        }
        this.currencyDigits = Math.max(vocabulary.currency().getDefaultFractionDigits(), 0);
    }

    /** {@return the vocabulary laid out} */
    public RuleVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The position of a tag dimension.
     *
     * @param key the dimension's key
     * @return its position, or -1 if the vocabulary has no such dimension
     */
    public int dimension(String key) {
        return dimensions.getOrDefault(key, -1);
    }

    /**
     * Whether a dimension's values are kept as bits.
     *
     * @param dimension the dimension's position
     * @return true for a closed dimension of at most 63 values
     */
    public boolean bitwise(int dimension) {
        return !bits.get(dimension).isEmpty();
    }

    /**
     * The bit of a value in a bitwise dimension.
     *
     * @param dimension the dimension's position
     * @param value the value
     * @return its bit, or 0 if the value is not in the dimension's list
     */
    public long bit(int dimension, String value) {
        return bits.get(dimension).getOrDefault(value, 0L);
    }

    /**
     * The position of a custom field.
     *
     * @param key the field's key
     * @return its position, or -1 if unknown
     */
    public int customField(String key) {
        return customFields.getOrDefault(key, -1);
    }

    /**
     * A custom field's definition.
     *
     * @param key the field's key
     * @return its definition
     */
    public Optional<CustomFieldDefinition> definition(String key) {
        return Optional.ofNullable(vocabulary.customFields().get(key));
    }

    /**
     * Where a whole-number custom field's value sits in {@link SegmentFacts#words}.
     *
     * @param field the field's position
     * @return the index
     */
    int wholeWord(int field) {
        return bits.size() + field;
    }

    /** {@return the index of the word holding the presence bits of whole-number custom fields} */
    int wholePresenceWord() {
        return bits.size() + customFieldKeys.size();
    }

    /**
     * Whether a custom field's whole-number value is packed in the facts' words.
     *
     * @param field the field's position
     * @return true for the first 64 fields
     */
    boolean packed(int field) {
        return field < 64;
    }

    /** {@return digits of the deployment's currency: purchase amounts are kept in those minor units} */
    public int currencyDigits() {
        return currencyDigits;
    }

    /**
     * Builds a customer's facts.
     *
     * @param customer the customer
     * @param tags its tags (tags of unknown dimensions, or values a closed list no longer has, are left out)
     * @param purchases its purchases (cancelled ones are left out)
     * @param lastContact when it was last contacted
     * @return the facts
     */
    public SegmentFacts facts(Customer customer, Collection<Tag> tags, Collection<Purchase> purchases,
                              Optional<Instant> lastContact) {
        long[] closed = new long[bits.size() + customFieldKeys.size() + 1];
        List<TreeSet<String>> open = new ArrayList<>();
        for (int i = 0; i < bits.size(); i++) {
            open.add(new TreeSet<>());
        }
        for (Tag t : tags) {
            int d = dimension(t.dimension());
            if (d < 0) {
                continue;
            }
            if (bitwise(d)) {
                closed[d] |= bit(d, t.value());
            } else {
                open.get(d).add(t.value());
            }
        }
        String[][] openValues = new String[bits.size()][];
        for (int i = 0; i < openValues.length; i++) {
            openValues[i] = open.get(i).toArray(String[]::new);
        }
        Object[] custom = new Object[customFieldKeys.size()];
        for (int i = 0; i < custom.length; i++) {
            custom[i] = customer.details().customFields().get(customFieldKeys.get(i));
            if (custom[i] instanceof io.crmkit.customer.CustomFieldValue.Whole w && packed(i)) {
                closed[wholeWord(i)] = w.value();
                closed[wholePresenceWord()] |= 1L << i;
            }
        }
        List<Purchase> counted = purchases.stream().filter(Purchase::counts)
                .sorted(Comparator.comparing(Purchase::purchasedOn)).toList();
        int n = counted.size();
        int[] days = new int[n];
        long[] amounts = new long[n];
        long[] margins = new long[n];
        for (int i = 0; i < n; i++) {
            Purchase p = counted.get(i);
            days[i] = Math.toIntExact(p.purchasedOn().toEpochDay());
            amounts[i] = minor(p.baseAmount().amount());
            margins[i] = p.baseMargin().map(m -> minor(m.amount())).orElse(0L);
        }
        return new SegmentFacts(customer, closed, openValues, custom, days, amounts, margins,
                lastContact.map(FactsLayout::micros).orElse(SegmentFacts.NEVER));
    }

    private long minor(java.math.BigDecimal amount) {
        return amount.movePointRight(currencyDigits).longValueExact();
    }

    static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
    }
}
