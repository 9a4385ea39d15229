package io.crmkit.customer;

import io.crmkit.shared.Cursor;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The fields a customer listing can be sorted by. Only these: sorting is a whitelist, and
 * each has an index in the relational schema. Ties are broken by id, so the order is total
 * and keyset paging never skips or repeats a customer.
 */
public enum CustomerSort {
    /** By name (compared by Unicode code points, the same in memory and in SQL). */
    NAME,
    /** By creation time. */
    CREATED_AT,
    /** By time of the last change. */
    UPDATED_AT;

    /**
     * The sort key of a customer, as text.
     *
     * @param customer the customer
     * @return the key
     */
    public String keyOf(Customer customer) {
        return switch (this) {
            case NAME -> customer.name();
            case CREATED_AT -> customer.createdAt().toString();
            case UPDATED_AT -> customer.updatedAt().toString();
        };
    }

    /**
     * The cursor that continues a listing after a customer.
     *
     * @param last the last customer of a page
     * @return the opaque cursor
     */
    public String cursorAfter(Customer last) {
        return Cursor.of(name(), keyOf(last), last.id().toString()).encode();
    }

    /**
     * Decodes a cursor made by {@link #cursorAfter(Customer)} for this sort.
     *
     * @param token the cursor
     * @return the position
     * @throws io.crmkit.shared.ValidationException naming {@code page.after} if the token is not such a cursor
     */
    public Position position(String token) {
        Cursor c = Cursor.decode(token, 3, "page.after");
        try {
            if (!c.keys().get(0).equals(name())) {
                throw new IllegalArgumentException("cursor of another sort");
            }
            CustomerId id = CustomerId.parse(c.keys().get(2));
            String key = c.keys().get(1);
            if (this != NAME) {
                Instant.parse(key);
            }
            return new Position(key, id);
        } catch (RuntimeException e) {
            throw new ValidationException(List.of(Violation.of("page.after", "cursor.invalid")), Locale.ENGLISH);
        }
    }

    /**
     * The total order of this sort: key, then id; both reversed for {@link SortDirection#DESC}.
     *
     * @param direction the direction
     * @return the comparator
     */
    public Comparator<Customer> comparator(SortDirection direction) {
        Comparator<Customer> byKey = switch (this) {
            case NAME -> (a, b) -> compareCodePoints(a.name(), b.name());
            case CREATED_AT -> Comparator.comparing(Customer::createdAt);
            case UPDATED_AT -> Comparator.comparing(Customer::updatedAt);
        };
        Comparator<Customer> total = byKey.thenComparing(Customer::id);
        return direction == SortDirection.ASC ? total : total.reversed();
    }

    /**
     * Whether a customer comes strictly after a keyset position in this order.
     *
     * @param customer the customer
     * @param position the position of the previous page's last customer
     * @param direction the direction
     * @return {@code true} if the customer belongs to a later page
     */
    public boolean isAfter(Customer customer, Position position, SortDirection direction) {
        int byKey = switch (this) {
            case NAME -> compareCodePoints(customer.name(), position.key());
            case CREATED_AT -> customer.createdAt().compareTo(position.keyAsInstant());
            case UPDATED_AT -> customer.updatedAt().compareTo(position.keyAsInstant());
        };
        int cmp = byKey != 0 ? byKey : customer.id().compareTo(position.id());
        return direction == SortDirection.ASC ? cmp > 0 : cmp < 0;
    }

    /**
     * Compares strings by Unicode code points, the order of SQL's binary ("C") collation on
     * UTF-8 text; {@link String#compareTo} differs from it for characters outside the BMP.
     *
     * @param a one string
     * @param b the other
     * @return negative, zero or positive
     */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * A keyset position: the sort key and id of the last customer of the previous page.
     *
     * @param key the sort key as text (an ISO-8601 instant for the time sorts)
     * @param id the customer's id
     */
    public record Position(String key, CustomerId id) {
        /** {@return the key as an instant, for the time sorts} */
        public Instant keyAsInstant() {
            return Instant.parse(key);
        }
    }
}
