package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crmkit.fuzz.FuzzText;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz test of every public factory and parser of crm-core that takes one or two
 * strings, the list {@link EdgeFactoryProperties#FACTORIES} keeps complete; see
 * {@code docs/fuzzing.md}. Without {@code JAZZER_FUZZ} it runs the seeds in
 * {@code EdgeFactoryFuzzTestInputs/}. An input is two strings separated by the byte 0x1E.
 *
 * <p>Each factory returns a value or refuses with its typed error (the property
 * {@link EdgeFactoryProperties} checks on generated text, here guided by coverage); money,
 * phone numbers and e-mail addresses that are accepted read back equal from their stored form.
 */
class EdgeFactoryFuzzTest {

    @FuzzTest
    void everyFactory(byte[] input) {
        List<String> parts = FuzzText.parts(input, 2);
        String first = parts.get(0);
        String second = parts.get(1);
        for (EdgeFactoryProperties.Factory f : EdgeFactoryProperties.FACTORIES) {
            Object value;
            try {
                value = f.call().apply(first, second);
            } catch (RuntimeException e) {
                if (!f.refusal().isInstance(e)) {
                    fail(f.signature() + " threw " + e, e);
                }
                if (e instanceof ValidationException v) {
                    assertThat(v.violations()).as(f.signature()).isNotEmpty();
                    v.violations().forEach(EdgeFactoriesTest::assertHasMessages);
                }
                continue;
            }
            assertThat(value).as(f.signature()).isNotNull();
        }
        storedFormsReadBack(first, second);
    }

    private static void storedFormsReadBack(String first, String second) {
        try {
            Money m = Money.of(first, second);
            assertThat(Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode())).isEqualTo(m);
        } catch (ValidationException refused) {
            // covered above
        }
        for (Optional<PhoneNumber> phone : List.of(PhoneNumber.parse(first), PhoneNumber.parse(first, second))) {
            phone.ifPresent(p -> {
                assertThat(PhoneNumber.of(p.e164())).isEqualTo(p);
                assertThat(PhoneNumber.parse(p.e164())).as("an E.164 number parses as itself").contains(p);
            });
        }
        EmailAddress.parse(first).ifPresent(e -> {
            assertThat(EmailAddress.of(e.value())).isEqualTo(e);
            assertThat(EmailAddress.parse(e.value())).as("a normalised address parses as itself").contains(e);
            assertThat(EmailAddress.parse(e.unicode())).as("the display form parses to the same address").contains(e);
        });
    }
}
