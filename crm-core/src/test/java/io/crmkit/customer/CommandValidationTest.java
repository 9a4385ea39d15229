package io.crmkit.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.internal.validation.CommandValidator;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandValidationTest {
    private final CommandValidator validator = new CommandValidator();

    @AfterEach
    void close() {
        validator.close();
    }

    @Test
    void aValidCommandHasNoViolations() {
        assertThat(validator.validate(new NewCustomer(details().build(), List.of(NewContact.of("王伟", "13812345678")))))
                .isEmpty();
    }

    @Test
    void listsEveryViolationWithItsPath() {
        CustomerDetails bad = CustomerDetails.builder().name(" ").industry("x".repeat(65))
                .region("r".repeat(65)).needTags(Set.of("")).build();
        NewContact blankName = NewContact.of("", "13812345678");
        List<Violation> violations = validator.validate(new NewCustomer(bad,
                List.of(NewContact.of("ok", "13812345678"), blankName)));
        assertThat(violations).extracting(Violation::path, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("details.type", "required"),
                org.assertj.core.groups.Tuple.tuple("details.name", "blank"),
                org.assertj.core.groups.Tuple.tuple("details.industry", "size.max"),
                org.assertj.core.groups.Tuple.tuple("details.region", "size.max"),
                org.assertj.core.groups.Tuple.tuple("contacts[1].name", "blank"));
        assertThat(violations).filteredOn(v -> v.path().equals("details.industry"))
                .first().extracting(v -> v.arguments().get("max")).isEqualTo(64);
    }

    @Test
    void aTextOfOnlyUnicodeWhitespaceIsBlank() {
        // U+3000 (ideographic space, typed by Chinese input methods), U+2003 (em space), U+2028:
        // blank by String.isBlank, as every other blank check of crmkit; Hibernate Validator's
        // own @NotBlank trims only characters up to U+0020 and let these through.
        for (String blank : List.of("\u3000", "\u3000\u3000 ", "\u2003", " \u2028\t")) {
            CustomerDetails d = details().name(blank).build();
            assertThat(validator.validate(new NewCustomer(d, List.of(NewContact.of("a", "13812345678")))))
                    .as("name %s", blank.codePoints().mapToObj(Integer::toHexString).toList())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("details.name", "blank"));
        }
    }

    @Test
    void aTextWithSomethingBesideWhitespaceIsNotBlank() {
        CustomerDetails d = details().name("\u3000华东\u3000").build();
        assertThat(validator.validate(new NewCustomer(d, List.of(NewContact.of("a", "13812345678"))))).isEmpty();
    }

    @Test
    void nullPartsAreRequiredViolationsNotExceptions() {
        List<Violation> violations = validator.validate(new NewCustomer(null, null, Optional.empty()));
        assertThat(violations).extracting(Violation::path).containsExactly("contacts", "details");
    }

    @Test
    void aTooLongAddressPartIsNamed() {
        CustomerDetails d = details().address(new Address("CN", "浙江", "杭州", "西湖", "s".repeat(256), "")).build();
        assertThat(validator.validate(new NewCustomer(d, List.of(NewContact.of("a", "13812345678")))))
                .extracting(Violation::path).containsExactly("details.address.street");
    }

    static CustomerDetails.Builder details() {
        return CustomerDetails.builder().type(CustomerType.COMPANY).name("华东精密机械").industry("manufacturing");
    }
}
