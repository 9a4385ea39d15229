package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.Contact;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.shared.TextRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kit's generators make only values the core would hand to storage. */
class ContractArbitrariesProperties {

    private static void storable(String path, String text, int maxLength) {
        assertThat(TextRules.check(path, text)).as(path).isEmpty();
        assertThat(text.length()).as(path).isLessThanOrEqualTo(maxLength);
    }

    private static void storable(String path, Optional<String> text, int maxLength) {
        text.ifPresent(t -> storable(path, t, maxLength));
    }

    @Property(tries = 200)
    void customersAreWhatTheCoreAccepts(@ForAll("customers") Customer c) {
        CustomerDetails d = c.details();
        assertThat(d.name()).isNotBlank();
        assertThat(d.industry()).isNotBlank();
        storable("name", d.name(), 200);
        storable("industry", d.industry(), 64);
        storable("size", d.size(), 64);
        storable("region", d.region(), 64);
        storable("source", d.source(), 64);
        storable("remarks", d.remarks(), 10_000);
        d.address().ifPresent(a -> {
            List.of(a.country(), a.province(), a.city(), a.district()).forEach(p -> storable("address", p, 64));
            storable("street", a.street(), 255);
            storable("postalCode", a.postalCode(), 16);
        });
        assertThat(d.needTags()).hasSizeLessThanOrEqualTo(50).allSatisfy(t -> {
            assertThat(t).isNotBlank();
            storable("needTag", t, 64);
        });
        d.customFields().forEach((key, value) -> {
            assertThat(key).matches("[a-z0-9_]{1,63}");
            if (value instanceof CustomFieldValue.Decimal dec) {
                assertThat(fitsNumeric(dec.value())).as("%s", dec).isTrue();
            } else if (value instanceof CustomFieldValue.Amount amount) {
                assertThat(fitsNumeric(amount.value().amount())).as("%s", amount).isTrue();
            } else if (value instanceof CustomFieldValue.Text text) {
                assertThat(text.value()).isNotBlank();
                storable("text", text.value(), 2000);
            }
        });
        assertThat(c.contacts()).hasSizeBetween(1, 5);
        assertThat(c.contacts()).filteredOn(Contact::primary).singleElement()
                .satisfies(p -> assertThat(p.phone()).isPresent());
        for (Contact k : c.contacts()) {
            assertThat(k.name()).isNotBlank();
            storable("contact.name", k.name(), 100);
            storable("contact.title", k.title(), 100);
            storable("contact.department", k.department(), 100);
            storable("contact.relation", k.relation(), 100);
        }
        assertThat(c.updatedAt()).isAfterOrEqualTo(c.createdAt());
        assertThat(c.createdAt().getNano() % 1000).isZero();
        assertThat(c.updatedAt().getNano() % 1000).isZero();
    }

    @Property(tries = 50)
    void versionsFollowEachOther(@ForAll("versions") List<Customer> versions) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Customer v = versions.get(i);
            numbers.add(v.version());
            assertThat(v.id()).isEqualTo(versions.get(0).id());
            if (i > 0) {
                assertThat(v.updatedAt()).isAfter(versions.get(i - 1).updatedAt());
            }
        }
        assertThat(numbers).isSorted().startsWith(1L).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size());
    }

    private static boolean fitsNumeric(BigDecimal v) {
        return v.scale() <= 10 && v.precision() - v.scale() <= 28;
    }

    @Provide
    Arbitrary<Customer> customers() {
        return ContractArbitraries.customers();
    }

    @Provide
    Arbitrary<List<Customer>> versions() {
        return ContractArbitraries.versions(3);
    }
}
