package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.access.TeamId;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.FollowUpId;
import io.crmkit.notify.Channel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The value factories and parsers at crmkit's edge refuse bad input with a
 * {@link ValidationException} naming the field, a stable code and a message in English and
 * Simplified Chinese, and refuse {@code null} with a {@link NullPointerException} naming the
 * parameter.
 */
class EdgeFactoriesTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    /** Asserts a single violation at a path with a code, whose message exists in both bundles. */
    static Violation refused(ThrowingCallable call, String path, String code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("a ValidationException").isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(path, code));
        Violation v = e.violations().get(0);
        assertHasMessages(v);
        assertThat(e.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(e.getMessage()).contains(path + ": " + v.message(Locale.ENGLISH) + " [" + code + "]");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(path + ": " + v.message(Locale.SIMPLIFIED_CHINESE));
        return v;
    }

    static void assertHasMessages(Violation v) {
        String en = v.message(Locale.ENGLISH);
        String zh = v.message(Locale.SIMPLIFIED_CHINESE);
        assertThat(en).isNotBlank().isNotEqualTo(v.code()).doesNotContain("{");
        assertThat(zh).isNotBlank().isNotEqualTo(v.code()).isNotEqualTo(en).doesNotContain("{");
    }

    @Test
    void refusesAmountWithMoreDecimalsThanTheCurrency() {
        Violation v = refused(() -> Money.of("100.001", "CNY"), "amount", "amount.scale");
        assertThat(v.arguments()).isEqualTo(Map.of("max", 2, "currency", "CNY"));
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("must have at most 2 decimal places in CNY");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("CNY 金额最多保留 2 位小数");
        refused(() -> Money.of("1.5", "JPY"), "amount", "amount.scale");
        assertThat(Money.of("100.0100000", "CNY")).isEqualTo(Money.of("100.01", "CNY"));
    }

    @Test
    void theConstructorRefusesMoreDecimalsThanTheCurrencyToo() {
        refused(() -> new Money(new BigDecimal("0.001"), CNY), "amount", "amount.scale");
        refused(() -> Money.of(new BigDecimal("0.001"), CNY), "amount", "amount.scale");
    }

    @Test
    void refusesAnUnknownCurrency() {
        refused(() -> Money.of("12", "RMB"), "currency", "currency.unknown");
        refused(() -> Money.of("12", "cny"), "currency", "currency.unknown");
        refused(() -> Money.of("12", ""), "currency", "currency.unknown");
    }

    @Test
    void refusesAnAmountThatIsNotANumber() {
        refused(() -> Money.of("abc", "CNY"), "amount", "number.invalid");
        refused(() -> Money.of("", "CNY"), "amount", "number.invalid");
        refused(() -> Money.of(" 12", "CNY"), "amount", "number.invalid");
    }

    @Test
    void refusesAnAmountWithMoreIntegerDigitsThanAnyStorageKeepsWithoutExpandingIt() {
        Violation v = refused(() -> Money.of("1e999999999", "CNY"), "amount", "amount.too_large");
        assertThat(v.arguments()).isEqualTo(Map.of("max", Money.MAX_INTEGER_DIGITS));
        refused(() -> Money.of("1" + "0".repeat(Money.MAX_INTEGER_DIGITS), "CNY"), "amount", "amount.too_large");
        refused(() -> new Money(new BigDecimal("-1e38"), CNY), "amount", "amount.too_large");
        assertThat(Money.of("9".repeat(Money.MAX_INTEGER_DIGITS) + ".99", "CNY").amount().precision()).isEqualTo(40);
        assertThat(Money.of("9999999999999999999999999999.99", "USD").amount()).isPositive();
        // An exponent beyond int: JDK 17 cannot read it as a number, newer JDKs read it as a huge one.
        assertThat(catchThrowableOfType(ValidationException.class, () -> Money.of("1e2147483648", "CNY")).violations())
                .singleElement().satisfies(w -> {
                    assertThat(w.path()).isEqualTo("amount");
                    assertThat(w.code()).isIn("number.invalid", "amount.too_large");
                });
    }

    @Test
    void reportsTheAmountAndTheCurrencyTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Money.of("abc", "RMB"));
        assertThat(e.paths()).containsExactly("amount", "currency");
    }

    @Test
    void refusesATenantIdOutsideItsForm() {
        Violation v = refused(() -> TenantId.of("华东"), "tenantId", "tenant_id.invalid");
        assertThat(v.arguments()).isEqualTo(Map.of("max", 64));
        refused(() -> TenantId.of(""), "tenantId", "tenant_id.invalid");
        refused(() -> TenantId.of("a".repeat(65)), "tenantId", "tenant_id.invalid");
        refused(() -> new TenantId("acme corp"), "tenantId", "tenant_id.invalid");
        assertThat(TenantId.of("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void refusesABlankOrOverlongUserOrTeamId() {
        refused(() -> UserId.of(" "), "userId", "blank");
        assertThat(refused(() -> UserId.of("u".repeat(129)), "userId", "size.max").arguments())
                .isEqualTo(Map.of("max", 128));
        refused(() -> Principal.user("", RoleName.SALES_REP), "userId", "blank");
        refused(() -> TeamId.of("\t"), "teamId", "blank");
        refused(() -> new TeamId("t".repeat(129)), "teamId", "size.max");
        assertThat(UserId.of("王伟").value()).isEqualTo("王伟");
    }

    @Test
    void refusesARoleNameOrChannelOutsideItsForm() {
        refused(() -> RoleName.of("Admin"), "role", "role.invalid");
        refused(() -> RoleName.of("r".repeat(65)), "role", "role.invalid");
        refused(() -> new Channel("E-Mail"), "channel", "channel.invalid");
        refused(() -> new Channel(""), "channel", "channel.invalid");
        assertThat(new Channel("wecom").name()).isEqualTo("wecom");
    }

    @Test
    void refusesAnIdThatIsNotAUuid() {
        refused(() -> CustomerId.parse("not-a-uuid"), "customerId", "id.invalid");
        refused(() -> ContactId.parse(""), "contactId", "id.invalid");
        refused(() -> FollowUpId.parse("0190f1a2-3b4c-7d5e-8f60-718293a4b5c6x"), "followUpId", "id.invalid");
        // java.util.UUID reads these shortened groups; an id's text form is all 36 characters.
        refused(() -> CustomerId.parse("1-1-1-1-1"), "customerId", "id.invalid");
        assertThat(CustomerId.parse("0190F1A2-3B4C-7D5E-8F60-718293A4B5C6").toString())
                .isEqualTo("0190f1a2-3b4c-7d5e-8f60-718293a4b5c6");
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        Violation v = refused(() -> PageRequest.first(0), "page.size", "number.range");
        assertThat(v.arguments()).isEqualTo(Map.of("min", 1, "max", PageRequest.MAX_SIZE));
        refused(() -> PageRequest.first(PageRequest.MAX_SIZE + 1), "page.size", "number.range");
        refused(() -> PageRequest.after(-1, "x"), "page.size", "number.range");
        refused(() -> new PageRequest(0, Optional.empty()), "page.size", "number.range");
        assertThatNoException().isThrownBy(() -> PageRequest.first(PageRequest.MAX_SIZE));
    }

    @Test
    void refusesStoredPhoneNumbersAndAddressesNotInTheirStoredForm() {
        refused(() -> PhoneNumber.of("13812345678"), "phone", "phone.e164");
        refused(() -> new PhoneNumber(""), "phone", "phone.e164");
        refused(() -> EmailAddress.of("Upper@example.com"), "email", "email.normalised");
        refused(() -> new EmailAddress("no-at-sign"), "email", "email.normalised");
    }

    @Test
    void aNullArgumentIsAProgrammingErrorNamingTheParameter() {
        assertThatThrownBy(() -> Money.of(null, "CNY")).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Money.of("1", (String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currencyCode");
        assertThatThrownBy(() -> CustomerId.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> PageRequest.after(10, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cursor");
        assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void aLocaleLessExceptionIsEnglishAndRendersInChinese() {
        ValidationException e = new ValidationException(List.of(Violation.of("tenantId", "tenant_id.invalid", "max", 64)));
        assertThat(e.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(e.getMessage()).isEqualTo(
                "invalid input: tenantId: must be 1-64 characters, each a letter, a digit, '.', '-' or '_' [tenant_id.invalid]");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("invalid input: tenantId: 必须为 1-64 个字符，且只能是字母、数字、“.”、“-”或“_” [tenant_id.invalid]");
    }
}
