package io.crmkit.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {
    private static final NotificationTemplates DEFAULTS = NotificationTemplates.defaults();

    private static Notification notification(String key, Locale locale) {
        Map<String, String> values = new HashMap<>();
        for (String p : DEFAULTS.parameters(key)) {
            values.put(p, "<" + p + ">");
        }
        return new Notification(UUID.randomUUID(), Channel.EMAIL, "u-1", key, values, locale);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "followup.reminder, en, Reminder", "followup.reminder, zh-CN, 跟进提醒",
            "followup.due, en, Due now", "followup.due, zh-CN, 跟进到期",
            "followup.overdue, en, Overdue", "followup.overdue, zh-CN, 跟进逾期",
            "plan.message, en, account manager", "plan.message, zh-CN, 客户经理",
            "plan.notice, en, Interaction plan", "plan.notice, zh-CN, 互动计划"})
    void everyShippedTemplateRendersInBothLanguages(String key, String tag, String expected) {
        RenderedNotification r = DEFAULTS.render(notification(key, Locale.forLanguageTag(tag)));
        assertThat(r.subject()).contains(expected).doesNotContain("{");
        assertThat(r.body()).doesNotContain("{").contains("<content>");
        if (key.equals(NotificationTemplates.PLAN_NOTICE)) {
            assertThat(r.subject() + r.body()).contains("<customerName>", "<planName>", "<notBefore>");
        } else if (!key.equals(NotificationTemplates.PLAN_MESSAGE)) {
            assertThat(r.subject() + r.body()).contains("<customerName>", "<plannedAt>", "<assignee>", "<method>");
        }
    }

    @Test
    void shipsEveryKeyInEnglishAndChinese() {
        assertThat(DEFAULTS.keys()).containsExactlyInAnyOrder(NotificationTemplates.FOLLOW_UP_REMINDER,
                NotificationTemplates.FOLLOW_UP_DUE, NotificationTemplates.FOLLOW_UP_OVERDUE, NotificationTemplates.PLAN_MESSAGE,
                NotificationTemplates.PLAN_NOTICE);
        for (String key : DEFAULTS.keys()) {
            assertThat(DEFAULTS.template(key, Locale.ENGLISH)).isPresent();
            assertThat(DEFAULTS.template(key, Locale.SIMPLIFIED_CHINESE).orElseThrow())
                    .isNotEqualTo(DEFAULTS.template(key, Locale.ENGLISH).orElseThrow());
        }
    }

    @Test
    void fallsBackToTheLanguageThenToEnglish() {
        assertThat(DEFAULTS.template(NotificationTemplates.FOLLOW_UP_DUE, Locale.TRADITIONAL_CHINESE))
                .isEqualTo(DEFAULTS.template(NotificationTemplates.FOLLOW_UP_DUE, Locale.SIMPLIFIED_CHINESE));
        assertThat(DEFAULTS.template(NotificationTemplates.FOLLOW_UP_DUE, Locale.GERMAN))
                .isEqualTo(DEFAULTS.template(NotificationTemplates.FOLLOW_UP_DUE, Locale.ENGLISH));
    }

    @Test
    void aHostReplacesAndAddsTemplates() {
        NotificationTemplates t = DEFAULTS.with(NotificationTemplates.FOLLOW_UP_REMINDER, Locale.ENGLISH,
                "Call {customerName}", "{content}");
        assertThat(t.render(notification(NotificationTemplates.FOLLOW_UP_REMINDER, Locale.ENGLISH)).subject())
                .isEqualTo("Call <customerName>");
        assertThat(DEFAULTS.render(notification(NotificationTemplates.FOLLOW_UP_REMINDER, Locale.ENGLISH)).subject())
                .startsWith("Reminder");
        NotificationTemplates own = t.with("ticket.escalated", Set.of("ticketId"), Locale.ENGLISH, "Ticket {ticketId}", "");
        assertThat(own.render(new Notification(UUID.randomUUID(), Channel.SMS, "u-1", "ticket.escalated",
                Map.of("ticketId", "T-1"), Locale.CHINA)).subject()).isEqualTo("Ticket T-1");
    }

    @Test
    void refusesUnknownParametersAndKeysByName() {
        assertThatThrownBy(() -> DEFAULTS.with(NotificationTemplates.FOLLOW_UP_DUE, Locale.ENGLISH, "Due {custmerName}", ""))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.templateKey()).isEqualTo("followup.due");
                    assertThat(e.parameter()).contains("custmerName");
                    assertThat(e.getMessage()).contains("followup.due", "custmerName");
                });
        assertThatThrownBy(() -> DEFAULTS.with("nope", Locale.ENGLISH, "x", "y")).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> DEFAULTS.render(new Notification(UUID.randomUUID(), Channel.SMS, "u", "nope", Map.of(),
                Locale.ENGLISH))).isInstanceOfSatisfying(TemplateException.class,
                e -> assertThat(e.parameter()).isEmpty());
    }
}
