package io.crmkit.tag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One tag: a value in a dimension, e.g. {@code industry = manufacturing}.
 *
 * @param dimension the dimension's configured key
 * @param value the value
 */
public record Tag(String dimension, String value) implements Comparable<Tag> {

    private static final Comparator<Tag> ORDER = Comparator.comparing(Tag::dimension).thenComparing(Tag::value);

    /**
     * Checks the components.
     *
     * @param dimension see {@link #dimension()}
     * @param value see {@link #value()}
     */
    public Tag {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }

    /**
     * A tag.
     *
     * @param dimension the dimension's key
     * @param value the value
     * @return the tag
     */
    public static Tag of(String dimension, String value) {
        return new Tag(dimension, value);
    }

    /** Orders by dimension, then value (UTF-16 code unit order of {@link String#compareTo}). */
    @Override
    public int compareTo(Tag other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return dimension + "=" + value;
    }
}
