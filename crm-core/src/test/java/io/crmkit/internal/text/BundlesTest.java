package io.crmkit.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class BundlesTest {
    private static final String METHODS = "io.crmkit.followup.methods";

    @Test
    void findsTheMostSpecificFileAndFallsBackToTheBaseFile() {
        assertThat(Bundles.load(METHODS, Locale.SIMPLIFIED_CHINESE).getString("phone")).isEqualTo("电话");
        assertThat(Bundles.load(METHODS, Locale.forLanguageTag("zh-Hans-CN")).getString("phone")).isEqualTo("电话");
        assertThat(Bundles.load(METHODS, Locale.forLanguageTag("zh-Hans")).getString("phone")).isEqualTo("电话");
        assertThat(Bundles.load(METHODS, Locale.ENGLISH).getString("phone")).isEqualTo("phone call");
        assertThat(Bundles.load(METHODS, Locale.JAPANESE).getString("phone")).isEqualTo("phone call");
    }

    @Test
    void neverFallsBackToTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Bundles.load(METHODS, Locale.forLanguageTag("en-US")).getString("phone")).isEqualTo("phone call");
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
