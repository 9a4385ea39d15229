package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobsConfigurationTest {
    private static final JobSetting DEFAULT = JobSetting.on(JobSchedule.daily(LocalTime.of(2, 0)));

    @Test
    @DisplayName("without a jobs section, reclassification runs daily at 02:00")
    void defaults() {
        assertThat(CrmConfiguration.defaults().jobs()).isEqualTo(JobSettings.DEFAULTS);
        assertThat(CrmConfiguration.defaults().jobs().of("reclassification")).contains(DEFAULT);
        assertThat(CrmConfiguration.parse("jobs: {}").jobs()).isEqualTo(JobSettings.DEFAULTS);
        assertThat(CrmConfiguration.parse("jobs: {reclassification: {}}").jobs()).isEqualTo(JobSettings.DEFAULTS);
    }

    @Test
    void readsSchedulesAndSwitches() {
        assertThat(CrmConfiguration.parse("jobs: {reclassification: {daily: \"23:45\"}}").jobs().of("reclassification"))
                .contains(JobSetting.on(JobSchedule.daily(LocalTime.of(23, 45))));
        assertThat(CrmConfiguration.parse("jobs:\n  reclassification:\n    daily: 03:30\n").jobs().of("reclassification"))
                .as("unquoted in YAML").contains(JobSetting.on(JobSchedule.daily(LocalTime.of(3, 30))));
        assertThat(CrmConfiguration.parse("jobs: {reclassification: {every: PT15M}}").jobs().of("reclassification"))
                .contains(JobSetting.on(JobSchedule.every(Duration.ofMinutes(15))));
        assertThat(CrmConfiguration.parse("{\"jobs\": {\"reclassification\": {\"enabled\": false}}}").jobs()
                .of("reclassification")).contains(DEFAULT.disabled());
        assertThat(CrmConfiguration.parse("jobs: {reclassification: {enabled: true, every: P1D}}").jobs()
                .of("reclassification")).contains(JobSetting.on(JobSchedule.every(Duration.ofDays(1))));
    }

    @Test
    @DisplayName("lists every problem of the jobs section with its path")
    void listsProblems() {
        String yaml = """
                jobs:
                  reclassification: {daily: "2:00", colour: red, enabled: maybe}
                  recall: {daily: "01:00"}
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactly(
                        "jobs.reclassification.colour", "jobs.reclassification.enabled", "jobs.reclassification.daily",
                        "jobs.recall"));
        assertProblem("jobs: {reclassification: {daily: \"24:00\"}}", "jobs.reclassification.daily",
                "'24:00' is not a time of day HH:mm");
        assertProblem("jobs: {reclassification: {every: PT7M}}", "jobs.reclassification.every", "divide a day evenly");
        assertProblem("jobs: {reclassification: {every: PT30S}}", "jobs.reclassification.every", "whole minutes");
        assertProblem("jobs: {reclassification: {every: P2D}}", "jobs.reclassification.every", "PT24H");
        assertProblem("jobs: {reclassification: {every: soon}}", "jobs.reclassification.every", "ISO-8601 duration");
        assertProblem("jobs: {reclassification: {daily: \"02:00\", every: PT1H}}", "jobs.reclassification",
                "both daily and every");
        assertProblem("jobs: {reclassification: {daily: [\"02:00\"]}}", "jobs.reclassification.daily", "single value");
        assertProblem("jobs: [reclassification]", "jobs", "must be an object");
        assertProblem("jobs: {reclassification: daily}", "jobs.reclassification", "must be an object");
        assertProblem("jobs: {recall: {}}", "jobs.recall", "is not a known job (known: reclassification)");
    }

    private static void assertProblem(String yaml, String path, String message) {
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).as(yaml).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                }));
    }

    @Test
    void settingsCheckTheirNames() {
        assertThatThrownBy(() -> new JobSettings(Map.of("Bad Name", DEFAULT))).isInstanceOf(IllegalArgumentException.class);
        assertThat(JobSettings.DEFAULTS.with("other", DEFAULT).jobs().keySet()).containsExactly("other", "reclassification");
    }
}
