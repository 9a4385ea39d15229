package io.crmkit.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerQueryTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static Customer customer(String name, String industry, Instant created, String phone, String email) {
        Contact contact = new Contact(new ContactId(UUID.randomUUID()), "c", Optional.empty(), Optional.empty(),
                Optional.of(PhoneNumber.of(phone)), Optional.ofNullable(email).map(EmailAddress::of),
                Optional.empty(), Optional.empty(), Set.of(), true);
        return new Customer(new CustomerId(UUID.randomUUID()),
                CustomerDetails.builder().type(CustomerType.COMPANY).name(name).industry(industry).region("east").build(),
                List.of(contact), UserId.of("u-1"), "prospect", created, UserId.of("u-1"), created, 1);
    }

    @Test
    void filtersCombineWithAnd() {
        Customer a = customer("Acme Tools", "manufacturing", T0, "+8613812345678", "buyer@acme.cn");
        assertThat(CustomerQuery.all().matches(a)).isTrue();
        assertThat(CustomerQuery.all().withIndustry("manufacturing").withOwner(UserId.of("u-1")).matches(a)).isTrue();
        assertThat(CustomerQuery.all().withIndustry("retail").matches(a)).isFalse();
        assertThat(CustomerQuery.all().withRegion("east").matches(a)).isTrue();
        assertThat(CustomerQuery.all().withLifecycleStatus("won").matches(a)).isFalse();
        assertThat(CustomerQuery.all().withCreated(T0, T0.plusSeconds(1)).matches(a)).isTrue();
        assertThat(CustomerQuery.all().withCreated(T0.minusSeconds(1), T0).matches(a)).isFalse();
        assertThat(CustomerQuery.all().withPhone(PhoneNumber.of("+8613812345678")).matches(a)).isTrue();
        assertThat(CustomerQuery.all().withEmail(EmailAddress.of("buyer@acme.cn")).matches(a)).isTrue();
    }

    @Test
    void textMatchesNameEmailOrPhoneDigits() {
        Customer a = customer("Acme Tools", "m", T0, "+8613812345678", "buyer@acme.cn");
        assertThat(CustomerQuery.all().withText("acme t").matches(a)).isTrue();
        assertThat(CustomerQuery.all().withText("BUYER@").matches(a)).isTrue();
        assertThat(CustomerQuery.all().withText("138 1234").matches(a)).isTrue();
        assertThat(CustomerQuery.all().withText("zzz").matches(a)).isFalse();
        assertThat(CustomerQuery.all().withText("   ").text()).isEmpty();
    }

    @Test
    void ordersByKeyThenIdAndPagesWithoutGapsOrRepeats() {
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(customer("name-" + (i % 7), "m", T0.plusSeconds(i % 3), "+8613812345678", null));
        }
        for (CustomerSort sort : CustomerSort.values()) {
            for (SortDirection dir : SortDirection.values()) {
                List<Customer> sorted = all.stream().sorted(sort.comparator(dir)).toList();
                List<Customer> walked = new ArrayList<>();
                Optional<String> cursor = Optional.empty();
                do {
                    Optional<CustomerSort.Position> pos = cursor.map(sort::position);
                    List<Customer> page = sorted.stream()
                            .filter(c -> pos.map(p -> sort.isAfter(c, p, dir)).orElse(true)).limit(6).toList();
                    walked.addAll(page);
                    cursor = page.size() == 6 ? Optional.of(sort.cursorAfter(page.get(5))) : Optional.empty();
                } while (cursor.isPresent());
                assertThat(walked).as(sort + " " + dir).containsExactlyElementsOf(sorted);
            }
        }
    }

    @Test
    void comparesNamesByCodePoints() {
        assertThat(CustomerSort.compareCodePoints("\uFFFF", "😀")).isNegative();
        assertThat("\uFFFF".compareTo("😀")).isPositive();
        assertThat(CustomerSort.compareCodePoints("ab", "abc")).isNegative();
    }

    @Test
    void aCursorOfAnotherSortIsRejected() {
        Customer a = customer("A", "m", T0, "+8613812345678", null);
        String byName = CustomerSort.NAME.cursorAfter(a);
        assertThatThrownBy(() -> CustomerSort.CREATED_AT.position(byName)).isInstanceOf(ValidationException.class);
        assertThat(CustomerSort.NAME.position(byName).id()).isEqualTo(a.id());
    }
}
