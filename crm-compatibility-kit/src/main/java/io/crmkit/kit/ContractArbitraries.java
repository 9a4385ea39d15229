package io.crmkit.kit;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactChannel;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.Money;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of values the core may hand to storage: every text within the core's
 * size limits and made only of characters the core accepts (see {@link HostileText}), but
 * otherwise as awkward as possible; custom field values of every type up to the core's
 * limits; instants with microsecond precision.
 */
public final class ContractArbitraries {
    private static final Instant CUSTOMER_TIMES_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant CUSTOMER_TIMES_TO = Instant.parse("2100-01-01T00:00:00Z");
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
    private static final int REMARKS_MAX = 10_000;

    private ContractArbitraries() {
    }

    /** {@return single code points the core accepts, weighted towards the awkward} */
    private static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(10, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.of(0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2028, 0x3000, 0x7F, 0x85, 0xFEFF, 0xFFFD)),
                Tuple.of(2, Arbitraries.integers().between(0xA1, 0x24F)),
                Tuple.of(1, Arbitraries.integers().between(0x370, 0x4FF)),
                Tuple.of(2, Arbitraries.integers().between(0x5D0, 0x5EA)),
                Tuple.of(2, Arbitraries.integers().between(0x627, 0x64A)),
                Tuple.of(1, Arbitraries.of(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E)),
                Tuple.of(1, Arbitraries.integers().between(0x300, 0x36F)),
                Tuple.of(5, Arbitraries.integers().between(0x4E00, 0x9FA5)),
                Tuple.of(1, Arbitraries.integers().between(0xFF01, 0xFF5E)),
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1F64F)),
                Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF))));
    }

    private static Arbitrary<String> fragments() {
        Arbitrary<String> random = codePoints().list().ofMaxSize(12).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
        return Arbitraries.frequencyOf(List.of(Tuple.of(4, random), Tuple.of(1, Arbitraries.of(HostileText.FRAGMENTS))));
    }

    /**
     * Text the core accepts, possibly empty or only whitespace.
     *
     * @param maxLength the largest length in UTF-16 characters
     * @return the generator
     */
    public static Arbitrary<String> text(int maxLength) {
        int pieces = Math.max(1, Math.min(maxLength / 6, 40));
        return fragments().list().ofMaxSize(pieces).map(p -> HostileText.fit(String.join("", p), maxLength));
    }

    /**
     * Text the core accepts that is not blank (for required fields); it may still begin or
     * end with whitespace.
     *
     * @param maxLength the largest length in UTF-16 characters
     * @return the generator
     */
    public static Arbitrary<String> nonBlankText(int maxLength) {
        return text(maxLength).filter(s -> !s.isBlank());
    }

    /** {@return free text up to the 10,000-character limit of remarks, often at that limit} */
    public static Arbitrary<String> longText() {
        Arbitrary<String> atLimit = nonBlankText(200)
                .map(s -> HostileText.fit(s.repeat(REMARKS_MAX / s.length() + 1), REMARKS_MAX));
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, text(300)), Tuple.of(1, atLimit)));
    }

    /** {@return instants between 2000 and 2100 with microsecond precision, as the core's clock gives} */
    public static Arbitrary<Instant> instants() {
        return micros(CUSTOMER_TIMES_FROM, CUSTOMER_TIMES_TO);
    }

    private static Arbitrary<Instant> micros(Instant from, Instant to) {
        return Combinators.combine(Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999)).as((s, us) -> Instant.ofEpochSecond(s, us * 1000L));
    }

    private static Arbitrary<String> digits(int min, int max) {
        return Arbitraries.strings().numeric().ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<BigDecimal> decimals(int maxIntegerDigits, int fractionDigits, boolean exactFraction) {
        Arbitrary<String> fraction = exactFraction ? digits(fractionDigits, fractionDigits) : digits(0, fractionDigits);
        return Combinators.combine(digits(1, maxIntegerDigits), fraction, Arbitraries.of(true, false))
                .as((i, f, negative) -> new BigDecimal((negative ? "-" : "") + i + (f.isEmpty() ? "" : "." + f)));
    }

    private static Arbitrary<CustomFieldValue> money() {
        return Arbitraries.of("CNY", "USD", "EUR", "JPY", "BHD").map(Currency::getInstance).flatMap(currency ->
                decimals(26, currency.getDefaultFractionDigits(), true)
                        .map(amount -> CustomFieldValue.money(Money.of(amount, currency))));
    }

    /** {@return custom field values of every type, up to the limits the core checks} */
    public static Arbitrary<CustomFieldValue> customFieldValues() {
        Arbitrary<String> option = nonBlankText(64);
        return Arbitraries.oneOf(List.of(
                nonBlankText(2000).map(CustomFieldValue::text),
                Arbitraries.longs().map(CustomFieldValue::integer),
                decimals(28, 10, false).map(CustomFieldValue::decimal),
                money(),
                Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                        .map(d -> CustomFieldValue.date(LocalDate.ofEpochDay(d))),
                micros(FIRST_INSTANT, LAST_INSTANT).map(CustomFieldValue::dateTime),
                Arbitraries.of(true, false).map(CustomFieldValue::bool),
                option.map(CustomFieldValue::choice),
                option.set().ofMinSize(1).ofMaxSize(5).map(CustomFieldValue::choices)));
    }

    /** {@return custom field maps with keys of the configured form (lower-case letters, digits, {@code _})} */
    public static Arbitrary<Map<String, CustomFieldValue>> customFields() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_')
                .ofMinLength(1).ofMaxLength(40);
        return Arbitraries.maps(keys, customFieldValues()).ofMaxSize(8);
    }

    /** {@return addresses, parts often empty strings} */
    public static Arbitrary<Address> addresses() {
        return Combinators.combine(text(64), text(64), text(64), text(64), text(255), text(16)).as(Address::new);
    }

    /** {@return phone numbers in E.164 form} */
    public static Arbitrary<PhoneNumber> phones() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), digits(6, 14))
                .as((first, rest) -> PhoneNumber.of("+" + first + rest));
    }

    /** {@return normalised e-mail addresses, local parts full of SQL and {@code LIKE} metacharacters} */
    public static Arbitrary<EmailAddress> emails() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("!#$%&'*+/=?^_`{|}~-").ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(local, local.optional(0.3), label, Arbitraries.of("cn", "com", "uk", "museum"))
                .as((l, more, domain, tld) -> EmailAddress.of(l + more.map(m -> "." + m).orElse("") + "@" + domain
                        + "." + tld));
    }

    /**
     * Contacts with every optional part present or absent.
     *
     * @param primary whether the contact is primary (then it always has a phone, as the core requires)
     * @return the generator
     */
    public static Arbitrary<Contact> contacts(boolean primary) {
        Arbitrary<Optional<PhoneNumber>> phone = primary ? phones().map(Optional::of) : phones().optional(0.6);
        Arbitrary<ContactHead> head = Combinators.combine(ids(), nonBlankText(100), text(100).optional(0.5),
                text(100).optional(0.5), phone, emails().optional(0.6)).as(ContactHead::new);
        return Combinators.combine(head, Arbitraries.of(ContactChannel.class).optional(0.5), text(100).optional(0.5),
                Arbitraries.subsetOf(ContactRole.values())).as((h, channel, relation, roles) -> new Contact(
                new ContactId(h.id()), h.name(), h.title(), h.department(), h.phone(), h.email(), channel, relation,
                roles, primary));
    }

    /** {@return one to five contacts, exactly one of them primary, at any position} */
    public static Arbitrary<List<Contact>> contactLists() {
        return Combinators.combine(contacts(false).list().ofMaxSize(4), contacts(true), Arbitraries.integers().between(0, 4))
                .as((others, primary, at) -> {
                    List<Contact> all = new ArrayList<>(others);
                    all.add(Math.min(at, others.size()), primary);
                    return List.copyOf(all);
                });
    }

    /** {@return customer details with every optional part present or absent} */
    public static Arbitrary<CustomerDetails> details() {
        Arbitrary<Set<String>> tags = Arbitraries.frequencyOf(List.of(
                Tuple.of(6, nonBlankText(64).set().ofMaxSize(5)),
                Tuple.of(1, nonBlankText(64).set().ofSize(50))));
        Arbitrary<DetailsHead> head = Combinators.combine(Arbitraries.of(CustomerType.class), nonBlankText(200),
                nonBlankText(64), text(64).optional(0.6), text(64).optional(0.6), text(64).optional(0.6))
                .as(DetailsHead::new);
        return Combinators.combine(head, addresses().optional(0.5), tags, longText().optional(0.6), customFields())
                .as((h, address, needTags, remarks, fields) -> new CustomerDetails(h.type(), h.name(), h.industry(),
                        h.size(), h.region(), h.source(), address, needTags, remarks, fields));
    }

    /** {@return new customers at version 1, with random ids, owners, statuses and times} */
    public static Arbitrary<Customer> customers() {
        Arbitrary<UserId> users = nonBlankText(128).map(UserId::of);
        return Combinators.combine(ids(), details(), contactLists(), users, nonBlankText(64), instants(), users,
                Arbitraries.longs().between(0, 3_000_000_000_000L)).as((id, details, contacts, owner, status, created,
                        creator, micros) -> new Customer(new CustomerId(id), details, contacts, owner, status, created,
                        creator, created.plusNanos(micros * 1000), 1));
    }

    /**
     * A customer followed by later versions of it: new details, contacts, owner and status,
     * each changed later than the one before.
     *
     * @param maxUpdates the most versions after the first
     * @return the versions, oldest first
     */
    public static Arbitrary<List<Customer>> versions(int maxUpdates) {
        Arbitrary<Customer> changes = customers();
        return Combinators.combine(customers(), changes.list().ofMinSize(1).ofMaxSize(maxUpdates)).as((first, later) -> {
            List<Customer> all = new ArrayList<>(List.of(first));
            for (Customer change : later) {
                Customer prev = all.get(all.size() - 1);
                all.add(new Customer(first.id(), change.details(), change.contacts(), change.owner(),
                        change.lifecycleStatus(), first.createdAt(), first.createdBy(),
                        prev.updatedAt().plus(Duration.between(change.createdAt(), change.updatedAt())).plusNanos(1000),
                        prev.version() + 1));
            }
            return List.copyOf(all);
        });
    }

    /**
     * Audit entries of random records, with field changes whose values may be long or absent.
     * The core documents no lengths for an entry's parts; these stay within what crmkit's
     * relational schema stores: record type 32 characters, record id and action 64, actor 128,
     * field path 300.
     *
     * @return the generator
     */
    public static Arbitrary<AuditEntry> auditEntries() {
        Arbitrary<String> value = Arbitraries.frequencyOf(List.of(Tuple.of(8, text(200)), Tuple.of(1, longText())));
        Arbitrary<FieldChange> change = Combinators.combine(nonBlankText(200), value.optional(0.7), value.optional(0.7))
                .as(FieldChange::new);
        return Combinators.combine(ids(), nonBlankText(32), nonBlankText(64), nonBlankText(64),
                nonBlankText(128).map(UserId::of), instants(), change.list().ofMaxSize(6)).as(AuditEntry::new);
    }

    /**
     * Outbox messages with JSON payloads holding awkward text. As for audit entries, lengths
     * stay within crmkit's relational schema: aggregate type 32 characters, aggregate id and
     * event type 64.
     *
     * @return the generator
     */
    public static Arbitrary<OutboxMessage> outboxMessages() {
        Arbitrary<String> payload = Combinators.combine(text(2000), Arbitraries.longs())
                .as((t, n) -> "{\"text\":\"" + jsonEscape(t) + "\",\"n\":" + n + "}");
        return Combinators.combine(ids(), nonBlankText(32), nonBlankText(64), nonBlankText(64), payload, instants())
                .as(OutboxMessage::new);
    }

    /** {@return random ids, reproducible from jqwik's seed} */
    public static Arbitrary<UUID> ids() {
        return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()));
    }

    /**
     * Escapes text for a JSON string literal.
     *
     * @param text the text
     * @return the escaped text, without quotes around it
     */
    public static String jsonEscape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private record ContactHead(UUID id, String name, Optional<String> title, Optional<String> department,
                               Optional<PhoneNumber> phone, Optional<EmailAddress> email) {
    }

    private record DetailsHead(CustomerType type, String name, String industry, Optional<String> size,
                               Optional<String> region, Optional<String> source) {
    }
}
