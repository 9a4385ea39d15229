package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.notify.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpConfigurationTest {

    @Test
    void defaultsAreTheSample() {
        FollowUpSettings f = CrmConfiguration.defaults().followUp();
        assertThat(f).isEqualTo(FollowUpSettings.defaults());
        assertThat(f.methods()).containsExactly("phone", "visit", "email", "meeting");
        assertThat(f.reminders()).containsExactly(ReminderRule.of(Duration.ofDays(1), Channel.EMAIL, Channel.IN_APP));
        assertThat(f.defaultPriority()).isEqualTo("normal");
    }

    @Test
    void readsTheSection() {
        FollowUpSettings f = CrmConfiguration.parse("""
                followUp:
                  methods: [phone, wechat]
                  priorities: [p3, p2, p1]
                  defaultPriority: p2
                  reminders:
                    - {before: P1D, channels: [email, in_app]}
                    - {before: PT1H, channels: [wecom]}
                  dueNotice: {channels: [in_app, sms]}
                  escalation: {after: PT4H, channels: [email]}
                """).followUp();
        assertThat(f.methods()).containsExactly("phone", "wechat");
        assertThat(f.priorities()).containsExactly("p3", "p2", "p1");
        assertThat(f.defaultPriority()).isEqualTo("p2");
        assertThat(f.reminders()).containsExactly(ReminderRule.of(Duration.ofDays(1), Channel.EMAIL, Channel.IN_APP),
                ReminderRule.of(Duration.ofHours(1), new Channel("wecom")));
        assertThat(f.dueNotice()).containsExactly(Channel.IN_APP, Channel.SMS);
        assertThat(f.escalation()).contains(new EscalationRule(Duration.ofHours(4), List.of(Channel.EMAIL)));
    }

    @Test
    void nullSwitchesRemindersDueNoticeAndEscalationOff() {
        FollowUpSettings f = CrmConfiguration.parse("followUp: {reminders: null, dueNotice: null, escalation: null}").followUp();
        assertThat(f.reminders()).isEmpty();
        assertThat(f.dueNotice()).isEmpty();
        assertThat(f.escalation()).isEqualTo(Optional.empty());
    }

    @Test
    void listsEveryProblemWithItsPath() {
        String yaml = """
                followUp:
                  methods: []
                  priorities: [low, high]
                  defaultPriority: medium
                  reminders:
                    - {before: 1d, channels: [email]}
                    - {before: PT0S, channels: []}
                    - {before: P400D, channels: [E-Mail]}
                    - {channels: [email], after: P1D}
                  dueNotice: {channels: [in_app, in_app]}
                  escalation: {after: soon, channels: [email]}
                  colour: red
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactlyInAnyOrder(
                        "followUp.colour", "followUp.methods", "followUp.defaultPriority",
                        "followUp.reminders[0].before", "followUp.reminders[1].before", "followUp.reminders[1].channels",
                        "followUp.reminders[2].before", "followUp.reminders[2].channels[0]",
                        "followUp.reminders[3].after", "followUp.reminders[3].before",
                        "followUp.dueNotice.channels[1]", "followUp.escalation.after"));
    }

    @Test
    void holdsReminderOffsetsAndEscalationDelaysToTheReminderRuleBound() {
        assertThat(ReminderRule.MAX_BEFORE).isEqualTo(Duration.ofDays(365));
        FollowUpSettings f = CrmConfiguration.parse("""
                followUp:
                  reminders: [{before: P365D, channels: [email]}]
                  escalation: {after: P365D, channels: [email]}
                """).followUp();
        assertThat(f.reminders()).containsExactly(ReminderRule.of(ReminderRule.MAX_BEFORE, Channel.EMAIL));
        assertThat(f.escalation()).contains(new EscalationRule(ReminderRule.MAX_BEFORE, List.of(Channel.EMAIL)));
        assertThatThrownBy(() -> CrmConfiguration.parse("followUp: {escalation: {after: PT8761H, channels: [email]}}"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigurationProblem("followUp.escalation.after",
                                "'PT8761H' must be more than zero and at most 365 days (P365D)")));
    }
}
