package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    @Test
    void rendersMessagesInEnglishAndSimplifiedChinese() {
        Violation v = Violation.of("details.name", "size.max", "max", 200);
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("must be at most 200 characters");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("最多 200 个字符");
    }

    @Test
    void everyCodeHasAChineseText() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/io/crmkit/shared/messages.properties");
             var b = new java.io.InputStreamReader(getClass().getResourceAsStream("/io/crmkit/shared/messages_zh_CN.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(a);
            zh.load(b);
        }
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @Test
    void theExceptionListsEveryViolationInTheSessionLocale() {
        ValidationException e = new ValidationException(List.of(Violation.of("details.name", "blank"),
                Violation.of("contacts[1].phone", "phone.invalid")), Locale.SIMPLIFIED_CHINESE);
        assertThat(e.paths()).containsExactly("details.name", "contacts[1].phone");
        assertThat(e.getMessage()).contains("details.name: 不能为空白 [blank]").contains("contacts[1].phone");
    }

    @Test
    void anUnknownCodeFallsBackToTheCode() {
        assertThat(Violation.of("x", "no.such.code").message(Locale.ENGLISH)).isEqualTo("no.such.code");
    }

    @Test
    void cursorsRoundTripAndForgedOnesAreValidationErrors() {
        Cursor c = Cursor.of("NAME", "华东 'x'", "id");
        assertThat(Cursor.decode(c.encode(), 3, "page.after")).isEqualTo(c);
        assertThatThrownBy(() -> Cursor.decode("%%%", 3, "page.after"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("page.after"));
        assertThatThrownBy(() -> Cursor.decode(c.encode(), 2, "page.after")).isInstanceOf(ValidationException.class);
    }

    @Test
    void textRulesRefuseNulControlCharactersAndLoneSurrogates() {
        assertThat(TextRules.check("f", "a\u0000b")).isPresent();
        assertThat(TextRules.check("f", "a\u0007b")).isPresent();
        assertThat(TextRules.check("f", "a\uD800b")).isPresent();
        assertThat(TextRules.check("f", "a\uDC00")).isPresent();
        assertThat(TextRules.check("f", "tab\tline\nreturn\r emoji 😀 RTL שלום")).isEmpty();
    }

    @Test
    void moneyKeepsTheCurrencyScale() {
        assertThat(Money.of("100", "CNY")).isEqualTo(Money.of("100.00", "CNY"));
        assertThat(Money.of("100", "CNY").amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> Money.of("1.001", "CNY")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("CNY");
    }

    @Test
    void timeOrderedIdsIncrease() {
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(java.time.Clock.fixed(java.time.Instant.EPOCH,
                java.time.ZoneOffset.UTC));
        String previous = ids.next().toString();
        for (int i = 0; i < 10_000; i++) {
            String next = ids.next().toString();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }
}
