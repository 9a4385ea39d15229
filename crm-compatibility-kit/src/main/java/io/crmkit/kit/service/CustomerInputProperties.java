package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.crmkit.CrmSession;
import io.crmkit.access.Visibility;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.Money;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input through the customer service: every field gets random text (empty,
 * whitespace, 10,000 characters, emoji, right-to-left text, NUL and control characters,
 * SQL and HTML metacharacters), every custom field random values of every type. Each
 * either reads back exactly or fails validation naming that field — never another
 * exception — and a failure stores nothing: no customer, no audit entry, no event.
 *
 * <p>Implement {@link #storage()} in the adapter's test class.
 */
public interface CustomerInputProperties {

    /**
     * The storage under test; may be shared: every try uses a fresh tenant.
     *
     * @return the storage
     */
    Storage storage();

    /**
     * One field of a valid customer replaced by hostile text.
     *
     * @param field the field to replace
     * @param text the text
     */
    @Property(tries = 100)
    default void hostileTextIsStoredExactlyOrRejectedByName(@ForAll("fields") String field, @ForAll("texts") String text) {
        ServiceFixtures fixtures = new ServiceFixtures(storage());
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession session = fixtures.rep(tenant, "u-1");
        NewCustomer command = withField(field, text);
        check(fixtures, tenant, session, command, expectedPath(field));
    }

    /**
     * A custom field set to a random value of a random type.
     *
     * @param key the custom field's key (one of the configured ones, or an unknown one)
     * @param value the value
     */
    @Property(tries = 100)
    default void customFieldValuesAreStoredExactlyOrRejectedByName(
            @ForAll("customFieldKeys") String key, @ForAll("customFieldValues") CustomFieldValue value) {
        ServiceFixtures fixtures = new ServiceFixtures(storage());
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession session = fixtures.rep(tenant, "u-1");
        NewCustomer command = new NewCustomer(ServiceFixtures.company().customField(key, value).build(),
                List.of(NewContact.of("A", "13812345678")));
        check(fixtures, tenant, session, command, "details.customFields[" + key + "]");
    }

    private void check(ServiceFixtures fixtures, TenantId tenant, CrmSession session, NewCustomer command, String path) {
        CustomerId id;
        try {
            id = session.customers().create(command);
        } catch (ValidationException e) {
            assertThat(e.violations()).extracting(Violation::path).allSatisfy(p -> assertThat(p).startsWith(path));
            assertNothingStored(fixtures, tenant);
            return;
        }
        Customer stored = session.customers().get(id);
        assertThat(stored.details()).isEqualTo(command.details());
        NewContact given = command.contacts().get(0);
        Contact read = stored.contacts().get(0);
        assertThat(read.name()).isEqualTo(given.name());
        assertThat(read.title()).isEqualTo(given.title());
        if (given.email().isPresent() && !given.email().get().isBlank()) {
            assertThat(read.email()).isPresent();
        }
    }

    private void assertNothingStored(ServiceFixtures fixtures, TenantId tenant) {
        long customers = storage().inTransaction(tenant, tx -> tx.port(Customers.class).count(CustomerQuery.all(), Visibility.wholeTenant()));
        List<OutboxMessage> events = storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10));
        assertThat(customers).isZero();
        assertThat(events).isEmpty();
        for (UUID id : fixtures.issuedIds()) {
            List<AuditEntry> audit = storage().inTransaction(tenant, tx -> tx.port(AuditTrail.class)
                    .history("customer", id.toString(), PageRequest.first(1)).items());
            assertThat(audit).isEmpty();
        }
    }

    private static NewCustomer withField(String field, String text) {
        CustomerDetails.Builder d = ServiceFixtures.company();
        NewContact contact = NewContact.of("王伟", "13812345678");
        switch (field) {
            case "name" -> d.name(text);
            case "industry" -> d.industry(text);
            case "size" -> d.size(text);
            case "region" -> d.region(text);
            case "source" -> d.source(text);
            case "remarks" -> d.remarks(text);
            case "needTag" -> d.needTags(Set.of(text));
            case "street" -> d.address(new Address("CN", "浙江", "杭州", "西湖区", text, "310000"));
            case "slogan" -> d.customField("slogan", CustomFieldValue.text(text));
            case "history" -> d.customField("history", CustomFieldValue.text(text));
            case "contactName" -> contact = NewContact.of(text, "13812345678");
            case "contactTitle" -> contact = contact.withTitle(text);
            case "contactPhone" -> contact = NewContact.of("王伟", text);
            case "contactEmail" -> contact = contact.withEmail(text);
            default -> fail("unknown field " + field);
        }
        return new NewCustomer(d.build(), List.of(contact));
    }

    private static String expectedPath(String field) {
        return switch (field) {
            case "needTag" -> "details.needTags";
            case "street" -> "details.address";
            case "slogan", "history" -> "details.customFields[" + field + "]";
            case "contactName" -> "contacts[0].name";
            case "contactTitle" -> "contacts[0].title";
            case "contactPhone" -> "contacts[0].phone";
            case "contactEmail" -> "contacts[0].email";
            default -> "details." + field;
        };
    }

    /** {@return the fields that get hostile text} */
    @Provide
    default Arbitrary<String> fields() {
        return Arbitraries.of("name", "industry", "size", "region", "source", "remarks", "needTag", "street", "slogan",
                "history", "contactName", "contactTitle", "contactPhone", "contactEmail");
    }

    /** {@return hostile texts} */
    @Provide
    default Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t\n", "Robert'); DROP TABLE customer;--", "<script>alert(1)</script>",
                        "100%_\\off", "😀👨‍👩‍👧 emoji", "שלום עולם", "مرحبا", "a\u0000b", "\u0007bell", "\uD800",
                        "x".repeat(10_000), " padded ", "13812345678", "wang@example.cn", "'\"`;--/*"),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(300));
    }

    /** {@return configured custom field keys plus one unknown} */
    @Provide
    default Arbitrary<String> customFieldKeys() {
        return Arbitraries.of("source", "channels", "years", "rating", "credit_limit", "first_order", "last_audit", "vip",
                "slogan", "history", "not_configured");
    }

    /** {@return values of every type, in and out of range} */
    @Provide
    default Arbitrary<CustomFieldValue> customFieldValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60).map(CustomFieldValue::text),
                Arbitraries.longs().map(CustomFieldValue::integer),
                Arbitraries.integers().between(-5, 120).map(i -> CustomFieldValue.integer(i)),
                Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("10")).ofScale(3)
                        .map(CustomFieldValue::decimal),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e40"), new BigDecimal("1e40")).ofScale(12)
                        .map(CustomFieldValue::decimal),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1e12")).ofScale(2)
                        .map(a -> CustomFieldValue.money(Money.of(a, java.util.Currency.getInstance("CNY")))),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2)
                        .map(a -> CustomFieldValue.money(Money.of(a, java.util.Currency.getInstance("USD")))),
                Arbitraries.longs().between(-800_000, 3_500_000).map(d -> CustomFieldValue.date(LocalDate.ofEpochDay(d))),
                Arbitraries.longs().between(-70_000_000_000L, 260_000_000_000L)
                        .map(s -> CustomFieldValue.dateTime(Instant.ofEpochSecond(s, 123_456_789))),
                Arbitraries.of(true, false).map(CustomFieldValue::bool),
                Arbitraries.of("exhibition", "referral", "website", "tv", "").map(CustomFieldValue::choice),
                Arbitraries.subsetOf("phone", "email", "visit", "fax").map(CustomFieldValue::choices));
    }
}
