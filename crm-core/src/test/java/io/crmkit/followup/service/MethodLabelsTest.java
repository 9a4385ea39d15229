package io.crmkit.followup.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MethodLabelsTest {

    @Test
    void namesTheSampleMethodsInTheReadersLanguageAndOthersByTheirKey() {
        assertThat(MethodLabels.of("phone", Locale.SIMPLIFIED_CHINESE)).isEqualTo("电话");
        assertThat(MethodLabels.of("visit", Locale.SIMPLIFIED_CHINESE)).isEqualTo("拜访");
        assertThat(MethodLabels.of("phone", Locale.ENGLISH)).isEqualTo("phone call");
        assertThat(MethodLabels.of("email", Locale.GERMAN)).isEqualTo("e-mail");
        assertThat(MethodLabels.of("site_survey", Locale.SIMPLIFIED_CHINESE)).isEqualTo("site_survey");
    }
}
