package io.crmkit.customer;

import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which customers to list and in what order. Every filter is optional; filters combine with
 * AND. Build with {@link #all()} and the {@code with…} methods.
 *
 * <p>Semantics every storage adapter implements exactly (the contract kit checks them):
 * <ul>
 *   <li>{@code owner}, {@code lifecycleStatus}, {@code industry}, {@code region}: equal.</li>
 *   <li>{@code createdFrom} inclusive, {@code createdBefore} exclusive.</li>
 *   <li>{@code phone}, {@code email}: some contact has exactly that normalised value.</li>
 *   <li>{@code text}: case-insensitive (lower-cased with {@code Locale.ROOT}) substring of
 *       the name, or of some contact's e-mail, or — with spaces and dashes removed — of some
 *       contact's E.164 phone number.</li>
 *   <li>Order: {@code sort} then id, both in {@code direction}.</li>
 * </ul>
 *
 * @param owner only customers of this owner
 * @param lifecycleStatus only customers in this status
 * @param industry only customers of this industry
 * @param region only customers of this region
 * @param createdFrom only customers created at or after this instant
 * @param createdBefore only customers created before this instant
 * @param phone only customers with a contact of this phone number
 * @param email only customers with a contact of this e-mail address
 * @param text only customers whose name, contact e-mail or contact phone contains this text
 * @param sort the sort field
 * @param direction the sort direction
 */
public record CustomerQuery(
        Optional<UserId> owner,
        Optional<String> lifecycleStatus,
        Optional<String> industry,
        Optional<String> region,
        Optional<Instant> createdFrom,
        Optional<Instant> createdBefore,
        Optional<PhoneNumber> phone,
        Optional<EmailAddress> email,
        Optional<String> text,
        CustomerSort sort,
        SortDirection direction) {

    /**
     * Checks the components.
     *
     * @param owner see {@link #owner()}
     * @param lifecycleStatus see {@link #lifecycleStatus()}
     * @param industry see {@link #industry()}
     * @param region see {@link #region()}
     * @param createdFrom see {@link #createdFrom()}
     * @param createdBefore see {@link #createdBefore()}
     * @param phone see {@link #phone()}
     * @param email see {@link #email()}
     * @param text see {@link #text()}
     * @param sort see {@link #sort()}
     * @param direction see {@link #direction()}
     */
    public CustomerQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lifecycleStatus, "lifecycleStatus");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdBefore, "createdBefore");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(direction, "direction");
    }

    /** {@return every customer, newest first} */
    public static CustomerQuery all() {
        return new CustomerQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CustomerSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * A copy of this query that also matches on the owner.
     *
     * @param value the owner
     * @return a copy filtering by owner
     */
    public CustomerQuery withOwner(UserId value) {
        return new CustomerQuery(Optional.of(value), lifecycleStatus, industry, region, createdFrom, createdBefore,
                phone, email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the lifecycle status.
     *
     * @param value the lifecycle status
     * @return a copy filtering by lifecycle status
     */
    public CustomerQuery withLifecycleStatus(String value) {
        return new CustomerQuery(owner, Optional.of(value), industry, region, createdFrom, createdBefore,
                phone, email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the industry.
     *
     * @param value the industry
     * @return a copy filtering by industry
     */
    public CustomerQuery withIndustry(String value) {
        return new CustomerQuery(owner, lifecycleStatus, Optional.of(value), region, createdFrom, createdBefore,
                phone, email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the region.
     *
     * @param value the region
     * @return a copy filtering by region
     */
    public CustomerQuery withRegion(String value) {
        return new CustomerQuery(owner, lifecycleStatus, industry, Optional.of(value), createdFrom, createdBefore,
                phone, email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the creation time.
     *
     * @param from inclusive start
     * @param before exclusive end
     * @return a copy filtering by creation time
     */
    public CustomerQuery withCreated(Instant from, Instant before) {
        return new CustomerQuery(owner, lifecycleStatus, industry, region, Optional.of(from), Optional.of(before),
                phone, email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the phone number.
     *
     * @param value the phone number
     * @return a copy filtering by contact phone
     */
    public CustomerQuery withPhone(PhoneNumber value) {
        return new CustomerQuery(owner, lifecycleStatus, industry, region, createdFrom, createdBefore,
                Optional.of(value), email, text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the e-mail address.
     *
     * @param value the e-mail address
     * @return a copy filtering by contact e-mail
     */
    public CustomerQuery withEmail(EmailAddress value) {
        return new CustomerQuery(owner, lifecycleStatus, industry, region, createdFrom, createdBefore,
                phone, Optional.of(value), text, sort, direction);
    }

    /**
     * A copy of this query that also matches on the text to look for.
     *
     * @param value the text to look for
     * @return a copy filtering by text
     */
    public CustomerQuery withText(String value) {
        return new CustomerQuery(owner, lifecycleStatus, industry, region, createdFrom, createdBefore,
                phone, email, Optional.of(value), sort, direction);
    }

    /**
     * A copy of this query sorted by the given field and direction.
     *
     * @param field the sort field
     * @param dir the direction
     * @return a copy with this order
     */
    public CustomerQuery sortedBy(CustomerSort field, SortDirection dir) {
        return new CustomerQuery(owner, lifecycleStatus, industry, region, createdFrom, createdBefore,
                phone, email, text, field, dir);
    }

    /**
     * The text filter as lower-case needle for names and e-mails.
     *
     * @return the needle, or empty
     */
    public Optional<String> textNeedle() {
        return text.map(t -> t.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The text filter as needle for E.164 phone numbers: spaces and dashes removed.
     *
     * @return the needle, or empty when nothing is left
     */
    public Optional<String> phoneNeedle() {
        return text.map(t -> t.replace(" ", "").replace("-", "")).filter(t -> !t.isEmpty());
    }

    /**
     * Whether a customer matches every filter (the reference semantics; in-memory storage
     * uses it and SQL adapters must agree with it).
     *
     * @param c the customer
     * @return {@code true} if it matches
     */
    public boolean matches(Customer c) {
        if (owner.isPresent() && !owner.get().equals(c.owner())) {
            return false;
        }
        if (lifecycleStatus.isPresent() && !lifecycleStatus.get().equals(c.lifecycleStatus())) {
            return false;
        }
        if (industry.isPresent() && !industry.get().equals(c.details().industry())) {
            return false;
        }
        if (region.isPresent() && !region.equals(c.details().region())) {
            return false;
        }
        if (createdFrom.isPresent() && c.createdAt().isBefore(createdFrom.get())) {
            return false;
        }
        if (createdBefore.isPresent() && !c.createdAt().isBefore(createdBefore.get())) {
            return false;
        }
        if (phone.isPresent() && c.contacts().stream().noneMatch(k -> k.phone().equals(phone))) {
            return false;
        }
        if (email.isPresent() && c.contacts().stream().noneMatch(k -> k.email().equals(email))) {
            return false;
        }
        if (text.isPresent()) {
            String needle = textNeedle().orElseThrow();
            Optional<String> digits = phoneNeedle();
            boolean hit = c.name().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || c.contacts().stream().anyMatch(k -> k.email().map(e -> e.value().contains(needle)).orElse(false)
                    || digits.isPresent() && k.phone().map(p -> p.e164().contains(digits.get())).orElse(false));
            if (!hit) {
                return false;
            }
        }
        return true;
    }
}
