package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.Storage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid values read back exactly: customers with text full of whitespace, emoji,
 * right-to-left script, SQL and HTML metacharacters and {@code LIKE} wildcards, remarks of up
 * to 10,000 characters, custom field values of every type up to the core's limits; later
 * versions of them; audit entries and outbox messages. Also: the text filter agrees with
 * {@link CustomerQuery#matches(Customer)} on such text.
 *
 * <p>Implement {@link #storage()} in the adapter's test class (its name must match the build's
 * test includes, e.g. {@code *Properties}).
 */
public interface RoundTripProperties {

    /**
     * The storage under test. It may be shared and may hold other data: every try uses a
     * fresh tenant.
     *
     * @return the storage; never closed by the properties
     */
    Storage storage();

    /**
     * A random customer reads back exactly, by id and in a listing.
     *
     * @param customer the customer
     */
    @Property(tries = 100)
    default void customersReadBackExactly(@ForAll("customers") Customer customer) {
        TenantScope scope = TenantScope.fresh(storage());
        scope.insert(customer);
        assertThat(scope.find(customer.id())).contains(customer);
        assertThat(scope.search(CustomerQuery.all(), PageRequest.first(10)).items()).containsExactly(customer);
    }

    /**
     * Each later version of a random customer replaces the one before exactly.
     *
     * @param versions the versions, oldest first
     */
    @Property(tries = 50)
    default void updatesReadBackExactly(@ForAll("versions") List<Customer> versions) {
        TenantScope scope = TenantScope.fresh(storage());
        scope.insert(versions.get(0));
        for (int i = 1; i < versions.size(); i++) {
            scope.update(versions.get(i), versions.get(i - 1).version());
            assertThat(scope.find(versions.get(0).id())).contains(versions.get(i));
        }
    }

    /**
     * Random audit entries and outbox messages read back exactly.
     *
     * @param entry the audit entry
     * @param message the outbox message
     */
    @Property(tries = 100)
    default void auditEntriesAndMessagesReadBackExactly(@ForAll("auditEntries") AuditEntry entry,
                                                        @ForAll("outboxMessages") OutboxMessage message) {
        TenantScope scope = TenantScope.fresh(storage());
        scope.record(entry);
        scope.append(message);
        assertThat(scope.history(entry.entityType(), entry.entityId(), PageRequest.first(5)).items()).containsExactly(entry);
        assertThat(scope.pending(5)).containsExactly(message);
    }

    /**
     * Searching two random customers by a piece of one's name, e-mail or phone, or by random
     * text, finds exactly those {@link CustomerQuery#matches(Customer)} accepts.
     *
     * @param first one customer
     * @param second another
     * @param needle where the search text comes from
     */
    @Property(tries = 100)
    default void textSearchAgreesWithTheReferenceSemantics(@ForAll("customers") Customer first,
                                                           @ForAll("customers") Customer second,
                                                           @ForAll("needles") Needle needle) {
        TenantScope scope = TenantScope.fresh(storage());
        scope.insert(first, second);
        CustomerQuery q = CustomerQuery.all().withText(needle.cut(first)).sortedBy(CustomerSort.NAME, SortDirection.ASC);
        List<Customer> expected = List.of(first, second).stream().filter(q::matches)
                .sorted(q.sort().comparator(q.direction())).toList();
        assertThat(scope.searchAll(q, 1)).as("%s", q).containsExactlyElementsOf(expected);
        assertThat(scope.count(q)).as("count of %s", q).isEqualTo(expected.size());
    }

    /** {@return random valid customers} */
    @Provide
    default Arbitrary<Customer> customers() {
        return ContractArbitraries.customers();
    }

    /** {@return a random customer and up to three later versions} */
    @Provide
    default Arbitrary<List<Customer>> versions() {
        return ContractArbitraries.versions(3);
    }

    /** {@return random audit entries} */
    @Provide
    default Arbitrary<AuditEntry> auditEntries() {
        return ContractArbitraries.auditEntries();
    }

    /** {@return random outbox messages} */
    @Provide
    default Arbitrary<OutboxMessage> outboxMessages() {
        return ContractArbitraries.outboxMessages();
    }

    /** {@return where to take search text from} */
    @Provide
    default Arbitrary<Needle> needles() {
        return Combinators.combine(Arbitraries.of(Needle.Source.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(1, 12), ContractArbitraries.text(20)).as(Needle::new);
    }

    /**
     * Search text for {@link #textSearchAgreesWithTheReferenceSemantics}: a piece of a
     * customer's name, of a contact's e-mail or of a contact's phone, upper-cased or with
     * spaces, or random text.
     *
     * @param source where to take it from
     * @param start where the piece starts (modulo the length)
     * @param length the piece's length in code points
     * @param random the text for {@link Source#RANDOM}
     */
    record Needle(Source source, int start, int length, String random) {
        /** Where search text comes from. */
        public enum Source {
            /** A piece of the name. */
            NAME,
            /** A piece of the name, upper-cased. */
            NAME_UPPER,
            /** A piece of a contact's e-mail address. */
            EMAIL,
            /** A piece of a contact's phone number, with a space and a dash put in. */
            PHONE,
            /** Random text. */
            RANDOM
        }

        /**
         * The search text for a customer.
         *
         * @param c the customer
         * @return the text
         */
        public String cut(Customer c) {
            String phone = c.primaryContact().flatMap(k -> k.phone()).map(p -> p.e164()).orElse("");
            String email = c.contacts().stream().flatMap(k -> k.email().stream()).map(e -> e.value()).findFirst()
                    .orElse(random);
            return switch (source) {
                case NAME -> piece(c.name());
                case NAME_UPPER -> piece(c.name()).toUpperCase(java.util.Locale.ROOT);
                case EMAIL -> piece(email);
                case PHONE -> {
                    String digits = piece(phone);
                    yield digits.length() < 3 ? digits : digits.charAt(0) + " " + digits.charAt(1) + "-" + digits.substring(2);
                }
                case RANDOM -> random;
            };
        }

        private String piece(String text) {
            int[] cps = text.codePoints().toArray();
            if (cps.length == 0) {
                return text;
            }
            int from = start % cps.length;
            int to = Math.min(cps.length, from + length);
            return new String(cps, from, to - from);
        }
    }
}
