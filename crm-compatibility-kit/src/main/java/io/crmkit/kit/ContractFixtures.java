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
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Valid values for the port contracts, built directly (not through the services): customers
 * with every optional part present or absent, audit entries and outbox messages. Adapters
 * reuse them in their own tests.
 *
 * <p>Ids are random (not time-ordered), so that an adapter which returns rows in insertion
 * order instead of the documented order is caught. All instants have at most microsecond
 * precision, as the core produces them.
 */
public final class ContractFixtures {
    /** The instant fixtures are created at unless told otherwise. */
    public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private ContractFixtures() {
    }

    /** {@return a tenant no other test uses} */
    public static TenantId freshTenant() {
        return TenantId.of("t" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** {@return a new random id} */
    public static UUID id() {
        return UUID.randomUUID();
    }

    /**
     * A random id whose text form starts with a given hex digit. Ids starting with {@code 8}
     * to {@code f} sort after those starting with {@code 0} to {@code 7} in text (and SQL)
     * order but before them in {@link UUID#compareTo}, which compares signed numbers.
     *
     * @param hexDigit the first digit, {@code 0}-{@code 9} or {@code a}-{@code f}
     * @return the id
     */
    public static UUID idStartingWith(char hexDigit) {
        String random = UUID.randomUUID().toString();
        return UUID.fromString(hexDigit + random.substring(1));
    }

    /**
     * A customer with only the required parts and one primary contact with a phone.
     *
     * @param name the name
     * @return the customer at version 1, created and updated at {@link #T0}
     */
    public static Customer minimal(String name) {
        return customer(name, "manufacturing", T0, UserId.of("u-1"), false);
    }

    /**
     * A customer with every optional part filled: size, region, source, address, need tags,
     * remarks, a custom field value of every type, and two contacts with every optional part.
     *
     * @param name the name
     * @return the customer at version 1, created and updated at {@link #T0}
     */
    public static Customer full(String name) {
        return customer(name, "manufacturing", T0, UserId.of("u-1"), true);
    }

    /**
     * A customer with chosen sort and filter keys, in lifecycle status {@code prospect}.
     *
     * @param name the name
     * @param industry the industry
     * @param createdAt the creation (and update) time
     * @param owner the owner (and creator)
     * @param full whether every optional part is filled (region {@code east})
     * @return the customer at version 1
     */
    public static Customer customer(String name, String industry, Instant createdAt, UserId owner, boolean full) {
        CustomerDetails.Builder d = CustomerDetails.builder().type(full ? CustomerType.COMPANY : CustomerType.INDIVIDUAL)
                .name(name).industry(industry);
        Contact primary = full ? fullContact("王伟", "+8613812345678", "wang.wei@example.cn", true)
                : contact("王伟", Optional.of(PhoneNumber.of("+8613812345678")), Optional.empty(), true);
        List<Contact> contacts = List.of(primary);
        if (full) {
            d.size("200-500").region("east").source("trade fair")
                    .address(new Address("CN", "浙江省", "杭州市", "西湖区", "文三路 90 号", "310000"))
                    .needTags(Set.of("equipment purchase", "technical service"))
                    .remarks("line 1\nline 2 😀");
            everyCustomFieldType().forEach(d::customField);
            contacts = List.of(primary, fullContact("Li Na", "+442079460958", "li.na@example.co.uk", false));
        }
        return new Customer(new CustomerId(id()), d.build(), contacts, owner, "prospect", createdAt, owner, createdAt, 1);
    }

    /**
     * One value of every custom field type, keyed by a field name that says which.
     *
     * @return the values, in a fixed order
     */
    public static Map<String, CustomFieldValue> everyCustomFieldType() {
        Map<String, CustomFieldValue> fields = new LinkedHashMap<>();
        fields.put("source", CustomFieldValue.choice("referral"));
        fields.put("channels", CustomFieldValue.choices(Set.of("visit", "phone")));
        fields.put("years", CustomFieldValue.integer(12));
        fields.put("rating", CustomFieldValue.decimal(new BigDecimal("4.25")));
        fields.put("credit_limit", CustomFieldValue.money(Money.of("250000.50", "CNY")));
        fields.put("first_order", CustomFieldValue.date(LocalDate.of(2014, 3, 1)));
        fields.put("last_audit", CustomFieldValue.dateTime(Instant.parse("2026-10-01T02:03:04.123456Z")));
        fields.put("vip", CustomFieldValue.bool(true));
        fields.put("slogan", CustomFieldValue.text("精益求精 'quoted' <b>"));
        return fields;
    }

    /**
     * Custom field values at the edges of what the core accepts: the largest and smallest
     * whole numbers, decimals of 28 integer and 10 fraction digits, currencies with 0 and 3
     * minor digits, the first and last storable dates and instants, and text with every kind
     * of awkward character.
     *
     * @return the values, in a fixed order
     */
    public static Map<String, CustomFieldValue> extremeCustomFieldValues() {
        Map<String, CustomFieldValue> fields = new LinkedHashMap<>();
        fields.put("long_max", CustomFieldValue.integer(Long.MAX_VALUE));
        fields.put("long_min", CustomFieldValue.integer(Long.MIN_VALUE));
        fields.put("zero", CustomFieldValue.integer(0));
        fields.put("dec_big", CustomFieldValue.decimal(new BigDecimal("-9999999999999999999999999999.9999999999")));
        fields.put("dec_small", CustomFieldValue.decimal(new BigDecimal("0.0000000001")));
        fields.put("dec_exponent", CustomFieldValue.decimal(new BigDecimal("1E+27")));
        fields.put("dec_zero", CustomFieldValue.decimal(new BigDecimal("0.000")));
        fields.put("jpy", CustomFieldValue.money(Money.of("-1234567890123", "JPY")));
        fields.put("bhd", CustomFieldValue.money(Money.of("0.125", "BHD")));
        fields.put("usd", CustomFieldValue.money(Money.of("9999999999999999999999999999.99", "USD")));
        fields.put("first_day", CustomFieldValue.date(LocalDate.of(1, 1, 1)));
        fields.put("gregorian_switch", CustomFieldValue.date(LocalDate.of(1582, 10, 10)));
        fields.put("last_day", CustomFieldValue.date(LocalDate.of(9999, 12, 31)));
        fields.put("first_instant", CustomFieldValue.dateTime(Instant.parse("0001-01-01T00:00:00Z")));
        fields.put("epoch", CustomFieldValue.dateTime(Instant.EPOCH));
        fields.put("last_instant", CustomFieldValue.dateTime(Instant.parse("9999-12-31T23:59:59.999999Z")));
        fields.put("no", CustomFieldValue.bool(false));
        fields.put("hostile", CustomFieldValue.text(HostileText.SAMPLES));
        fields.put("option", CustomFieldValue.choice("a'b\"c%_\\"));
        fields.put("options", CustomFieldValue.choices(Set.of("z", "a", "中", "😀", "'; --")));
        return fields;
    }

    /**
     * A contact with only a name and the given phone and e-mail.
     *
     * @param name the name
     * @param phone the phone number, or empty
     * @param email the e-mail address, or empty
     * @param primary whether it is the primary contact
     * @return the contact, with a random id
     */
    public static Contact contact(String name, Optional<PhoneNumber> phone, Optional<EmailAddress> email,
                                  boolean primary) {
        return new Contact(new ContactId(id()), name, Optional.empty(), Optional.empty(), phone, email,
                Optional.empty(), Optional.empty(), Set.of(), primary);
    }

    /**
     * A contact with every optional part.
     *
     * @param name the name
     * @param phone the phone number in E.164 form
     * @param email the normalised e-mail address
     * @param primary whether it is the primary contact
     * @return the contact, with a random id
     */
    public static Contact fullContact(String name, String phone, String email, boolean primary) {
        return new Contact(new ContactId(id()), name, Optional.of("Purchasing manager"), Optional.of("采购部"),
                Optional.of(PhoneNumber.of(phone)), Optional.of(EmailAddress.of(email)),
                Optional.of(ContactChannel.EMAIL), Optional.of("buyer"),
                Set.of(ContactRole.DECISION_MAKER, ContactRole.USER), primary);
    }

    /**
     * A copy with other details, at the same version.
     *
     * @param c the customer
     * @param details the details
     * @return the copy
     */
    public static Customer withDetails(Customer c, CustomerDetails details) {
        return new Customer(c.id(), details, c.contacts(), c.owner(), c.lifecycleStatus(), c.createdAt(),
                c.createdBy(), c.updatedAt(), c.version());
    }

    /**
     * A copy with other contacts, at the same version.
     *
     * @param c the customer
     * @param contacts the contacts
     * @return the copy
     */
    public static Customer withContacts(Customer c, List<Contact> contacts) {
        return new Customer(c.id(), c.details(), contacts, c.owner(), c.lifecycleStatus(), c.createdAt(),
                c.createdBy(), c.updatedAt(), c.version());
    }

    /**
     * A copy with another id, at the same version.
     *
     * @param c the customer
     * @param id the id
     * @return the copy
     */
    public static Customer withId(Customer c, CustomerId id) {
        return new Customer(id, c.details(), c.contacts(), c.owner(), c.lifecycleStatus(), c.createdAt(),
                c.createdBy(), c.updatedAt(), c.version());
    }

    /**
     * A copy with another owner and lifecycle status, at the same version.
     *
     * @param c the customer
     * @param owner the owner
     * @param lifecycleStatus the lifecycle status
     * @return the copy
     */
    public static Customer withOwnerAndStatus(Customer c, UserId owner, String lifecycleStatus) {
        return new Customer(c.id(), c.details(), c.contacts(), owner, lifecycleStatus, c.createdAt(),
                c.createdBy(), c.updatedAt(), c.version());
    }

    /**
     * A copy with other creation and update times, at the same version.
     *
     * @param c the customer
     * @param createdAt the creation time
     * @param updatedAt the time of the last change
     * @return the copy
     */
    public static Customer withTimes(Customer c, Instant createdAt, Instant updatedAt) {
        return new Customer(c.id(), c.details(), c.contacts(), c.owner(), c.lifecycleStatus(), createdAt,
                c.createdBy(), updatedAt, c.version());
    }

    /**
     * The next version of a customer with new details and contacts, changed a minute later.
     *
     * @param c the current state
     * @param details the new details
     * @param contacts the new contacts
     * @return the state at the next version
     */
    public static Customer nextVersion(Customer c, CustomerDetails details, List<Contact> contacts) {
        return new Customer(c.id(), details, contacts, c.owner(), c.lifecycleStatus(), c.createdAt(), c.createdBy(),
                c.updatedAt().plusSeconds(60), c.version() + 1);
    }

    /**
     * The next version of a customer with a changed region, status {@code intent}, and only
     * its first contact left.
     *
     * @param c the current state
     * @param region the new region
     * @return the state at the next version
     */
    public static Customer changed(Customer c, String region) {
        Customer next = nextVersion(c, c.details().toBuilder().region(region).build(), c.contacts().subList(0, 1));
        return withOwnerAndStatus(next, c.owner(), "intent");
    }

    /**
     * An audit entry of a customer with two field changes.
     *
     * @param entityId the customer's id
     * @param at when
     * @return the entry, with a random id
     */
    public static AuditEntry audit(String entityId, Instant at) {
        return audit(id(), "customer", entityId, at, List.of(
                new FieldChange("details.region", Optional.of("east"), Optional.of("west")),
                new FieldChange("details.remarks", Optional.empty(), Optional.of("新的备注"))));
    }

    /**
     * An audit entry with everything chosen.
     *
     * @param id the entry's id
     * @param entityType the kind of record
     * @param entityId the record's id
     * @param at when
     * @param changes the field changes
     * @return the entry, by actor {@code u-1} with action {@code customer.updated}
     */
    public static AuditEntry audit(UUID id, String entityType, String entityId, Instant at, List<FieldChange> changes) {
        return new AuditEntry(id, entityType, entityId, "customer.updated", UserId.of("u-1"), at, changes);
    }

    /**
     * An outbox message about a customer.
     *
     * @param aggregateId the customer's id
     * @param at when the event happened
     * @return the message, with a random id
     */
    public static OutboxMessage message(String aggregateId, Instant at) {
        return message(id(), aggregateId, at, "{\"customerId\":\"" + aggregateId + "\"}");
    }

    /**
     * An outbox message with everything chosen.
     *
     * @param id the message's id
     * @param aggregateId the customer's id
     * @param at when the event happened
     * @param payload the JSON payload
     * @return the message, of event type {@code CustomerUpdated}
     */
    public static OutboxMessage message(UUID id, String aggregateId, Instant at, String payload) {
        return new OutboxMessage(id, "customer", aggregateId, "CustomerUpdated", payload, at);
    }

    /**
     * An outbox message due at a given time, with a reference.
     *
     * @param aggregateId the customer's id
     * @param at when the event happened
     * @param availableAt when the message may be delivered
     * @param reference the correlation key, or empty
     * @return the message, with a random id
     */
    public static OutboxMessage scheduled(String aggregateId, Instant at, Instant availableAt, Optional<String> reference) {
        return new OutboxMessage(id(), "customer", aggregateId, "CustomerUpdated", "{\"customerId\":\"" + aggregateId + "\"}",
                at, availableAt, reference);
    }
}
