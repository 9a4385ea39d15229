package io.crmkit.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class BundlesTest {
    private static final String LABELS = "io.crmkit.config.labels";

    @Test
    void findsTheMostSpecificFileAndFallsBackToTheBaseFile() {
        assertThat(Bundles.load(LABELS, Locale.SIMPLIFIED_CHINESE).getString("methods.phone")).isEqualTo("电话");
        assertThat(Bundles.load(LABELS, Locale.forLanguageTag("zh-Hans-CN")).getString("methods.phone")).isEqualTo("电话");
        assertThat(Bundles.load(LABELS, Locale.forLanguageTag("zh-Hans")).getString("methods.phone")).isEqualTo("电话");
        assertThat(Bundles.load(LABELS, Locale.ENGLISH).getString("methods.phone")).isEqualTo("Phone call");
        assertThat(Bundles.load(LABELS, Locale.JAPANESE).getString("methods.phone")).isEqualTo("Phone call");
    }

    @Test
    void neverFallsBackToTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Bundles.load(LABELS, Locale.forLanguageTag("en-US")).getString("methods.phone")).isEqualTo("Phone call");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBundleCrmkitDoesNotShipIsMissing() {
        assertThatThrownBy(() -> Bundles.load("io.crmkit.nothing.here", Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("io.crmkit.nothing.here");
    }
}
