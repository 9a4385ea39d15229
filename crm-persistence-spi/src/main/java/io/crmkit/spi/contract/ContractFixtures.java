package io.crmkit.spi.contract;

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
import io.crmkit.shared.TimeOrderedIdGenerator;
import io.crmkit.shared.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Valid values for the port contracts, built directly (not through the services), with
 * every optional part present or absent as asked.
 */
public final class ContractFixtures {
    /** The instant fixtures are created at unless told otherwise. */
    public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final TimeOrderedIdGenerator IDS = new TimeOrderedIdGenerator(Clock.systemUTC());

    private ContractFixtures() {
    }

    /** @return a tenant no other test uses */
    public static TenantId freshTenant() {
        return TenantId.of("t" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** @return a new time-ordered id */
    public static UUID id() {
        return IDS.next();
    }

    /**
     * A customer with only the required parts and one primary contact.
     *
     * @param name the name
     * @return the customer at version 1
     */
    public static Customer minimal(String name) {
        return customer(name, "manufacturing", T0, UserId.of("u-1"), false);
    }

    /**
     * A customer with every optional part filled: address, need tags, remarks, a custom
     * field value of every type, and two contacts with every optional part.
     *
     * @param name the name
     * @return the customer at version 1
     */
    public static Customer full(String name) {
        return customer(name, "manufacturing", T0, UserId.of("u-1"), true);
    }

    /**
     * A customer with chosen sort and filter keys.
     *
     * @param name the name
     * @param industry the industry
     * @param createdAt the creation (and update) time
     * @param owner the owner
     * @param full whether every optional part is filled
     * @return the customer at version 1
     */
    public static Customer customer(String name, String industry, Instant createdAt, UserId owner, boolean full) {
        CustomerDetails.Builder d = CustomerDetails.builder().type(full ? CustomerType.COMPANY : CustomerType.INDIVIDUAL)
                .name(name).industry(industry);
        Contact primary = contact("王伟", "+8613812345678", full ? "wang.wei@example.cn" : null, true, full);
        List<Contact> contacts = List.of(primary);
        if (full) {
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
            d.size("200-500").region("east").source("trade fair")
                    .address(new Address("CN", "浙江省", "杭州市", "西湖区", "文三路 90 号", "310000"))
                    .needTags(Set.of("equipment purchase", "technical service"))
                    .remarks("line 1\nline 2 😀");
            fields.forEach(d::customField);
            contacts = List.of(primary, contact("Li Na", "+442079460958", "li.na@example.co.uk", false, true));
        }
        return new Customer(new CustomerId(id()), d.build(), contacts, owner, "prospect", createdAt, owner, createdAt, 1);
    }

    private static Contact contact(String name, String phone, String email, boolean primary, boolean full) {
        return new Contact(new ContactId(id()), name,
                full ? Optional.of("Purchasing manager") : Optional.empty(),
                full ? Optional.of("采购部") : Optional.empty(),
                Optional.of(PhoneNumber.of(phone)), Optional.ofNullable(email).map(EmailAddress::of),
                full ? Optional.of(ContactChannel.EMAIL) : Optional.empty(),
                full ? Optional.of("buyer") : Optional.empty(),
                full ? Set.of(ContactRole.DECISION_MAKER, ContactRole.USER) : Set.of(), primary);
    }

    /**
     * The next version of a customer with a changed region and one contact fewer or more.
     *
     * @param c the current state
     * @param region the new region
     * @return the state at the next version
     */
    public static Customer changed(Customer c, String region) {
        return new Customer(c.id(), c.details().toBuilder().region(region).build(), c.contacts().subList(0, 1),
                c.owner(), "intent", c.createdAt(), c.createdBy(), c.updatedAt().plusSeconds(60), c.version() + 1);
    }

    /**
     * An audit entry for an entity.
     *
     * @param entityId the entity
     * @param at when
     * @return the entry, with two field changes
     */
    public static AuditEntry audit(String entityId, Instant at) {
        return new AuditEntry(id(), "customer", entityId, "customer.updated", UserId.of("u-1"), at, List.of(
                new FieldChange("details.region", Optional.of("east"), Optional.of("west")),
                new FieldChange("details.remarks", Optional.empty(), Optional.of("新的备注"))));
    }

    /**
     * An outbox message.
     *
     * @param aggregateId the aggregate
     * @param at when
     * @return the message
     */
    public static OutboxMessage message(String aggregateId, Instant at) {
        return new OutboxMessage(id(), "customer", aggregateId, "CustomerUpdated",
                "{\"customerId\":\"" + aggregateId + "\"}", at);
    }
}
