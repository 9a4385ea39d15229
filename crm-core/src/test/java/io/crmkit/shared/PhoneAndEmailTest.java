package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PhoneAndEmailTest {

    @Test
    void acceptsAMainlandMobileAsTyped() {
        assertThat(PhoneNumber.parse("13812345678")).contains(PhoneNumber.of("+8613812345678"));
        assertThat(PhoneNumber.parse("138 1234 5678")).contains(PhoneNumber.of("+8613812345678"));
        assertThat(PhoneNumber.parse("138-1234-5678")).contains(PhoneNumber.of("+8613812345678"));
    }

    @Test
    void acceptsInternationalNumbersWithPlus() {
        assertThat(PhoneNumber.parse("+44 20 7946 0958")).contains(PhoneNumber.of("+442079460958"));
        assertThat(PhoneNumber.parse("+1 (415) 555-2671")).contains(PhoneNumber.of("+14155552671"));
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThat(PhoneNumber.parse("1381234567")).isEmpty();
        assertThat(PhoneNumber.parse("hello")).isEmpty();
        assertThat(PhoneNumber.parse("")).isEmpty();
        assertThat(PhoneNumber.parse("+999 123")).isEmpty();
        assertThatThrownBy(() -> PhoneNumber.of("13812345678")).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsInternationalisedDomainsInTheirAsciiForm() {
        EmailAddress idn = EmailAddress.parse("wang@例子.中国").orElseThrow();
        assertThat(idn.value()).isEqualTo("wang@xn--fsqu00a.xn--fiqs8s");
        assertThat(idn.unicode()).isEqualTo("wang@例子.中国");
        // Typed with a Chinese input method: full-width letters, at sign and full stop.
        assertThat(EmailAddress.parse("ＷＡＮＧ＠例子。中国")).contains(idn);
        assertThat(EmailAddress.parse("Wang@XN--FSQU00A.XN--FIQS8S")).contains(idn);
        assertThat(EmailAddress.parse(idn.value())).contains(idn);
        assertThat(EmailAddress.parse("li@例子.com").map(EmailAddress::value)).contains("li@xn--fsqu00a.com");
        assertThat(EmailAddress.of("wang.wei@example.cn").unicode()).isEqualTo("wang.wei@example.cn");
    }

    @Test
    void refusesMalformedInternationalisedAddresses() {
        assertThat(EmailAddress.parse("wang@例子..中国")).isEmpty();
        assertThat(EmailAddress.parse("wang@" + "例".repeat(64) + ".中国")).isEmpty();
        assertThat(EmailAddress.parse("王伟@例子.中国")).as("a local part needing SMTPUTF8").isEmpty();
        assertThat(EmailAddress.parse("wang@例子")).as("no top-level domain").isEmpty();
    }

    @Test
    void normalisesEmail() {
        assertThat(EmailAddress.parse("  Wang.Wei@Example.COM ")).contains(EmailAddress.of("wang.wei@example.com"));
        assertThat(EmailAddress.parse("a@b")).isEmpty();
        assertThat(EmailAddress.parse("a b@example.com")).isEmpty();
        assertThat(EmailAddress.parse("@example.com")).isEmpty();
        assertThatThrownBy(() -> EmailAddress.of("Upper@example.com")).isInstanceOf(ValidationException.class);
    }

    @Property
    void parsingAnyTextNeverThrowsAndYieldsE164(@ForAll String text) {
        PhoneNumber.parse(text).ifPresent(p -> assertThat(PhoneNumber.of(p.e164())).isEqualTo(p));
        EmailAddress.parse(text).ifPresent(e -> assertThat(EmailAddress.parse(e.value())).contains(e));
    }

    @Property
    void everyMainlandMobileFormParsesToTheSameNumber(@ForAll("mobiles") String digits) {
        PhoneNumber expected = PhoneNumber.parse(digits).orElseThrow();
        assertThat(PhoneNumber.parse("+86" + digits)).contains(expected);
        assertThat(PhoneNumber.parse(digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7)))
                .contains(expected);
        assertThat(expected.e164()).isEqualTo("+86" + digits);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> mobiles() {
        return net.jqwik.api.Arbitraries.of("138", "139", "150", "186", "199")
                .flatMap(prefix -> net.jqwik.api.Arbitraries.strings().numeric().ofLength(8).map(rest -> prefix + rest));
    }
}
