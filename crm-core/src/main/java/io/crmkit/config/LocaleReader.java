package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads the {@code locale} section: default locale, phone region, currency and time zone. Left
 * out, or any of its keys left out, it gives zh-CN, CN, CNY and Asia/Shanghai.
 */
final class LocaleReader {
    /** The settings when the section is left out. */
    static final LocaleSettings DEFAULT =
            new LocaleSettings(Locale.SIMPLIFIED_CHINESE, "CN", Currency.getInstance("CNY"), ZoneId.of("Asia/Shanghai"));

    private final ConfigNodes nodes;

    LocaleReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    LocaleSettings read(JsonNode node) {
        if (!nodes.objectOrMissing(node, "locale")) {
            return DEFAULT;
        }
        nodes.allowKeys(node, "locale", "default", "phoneRegion", "currency", "zone");
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String tag = nodes.text(node, "default", "locale.default").orElse("zh-CN");
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            nodes.problem("locale.default", "'" + tag + "' is not a BCP 47 language tag");
        }
        String region = nodes.text(node, "phoneRegion", "locale.phoneRegion").orElse("CN");
        if (!region.matches("[A-Z]{2}")) {
            nodes.problem("locale.phoneRegion", "'" + region + "' is not a two-letter ISO 3166 region code");
        }
        Currency currency = Currency.getInstance("CNY");
        String code = nodes.text(node, "currency", "locale.currency").orElse("CNY");
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            nodes.problem("locale.currency", "'" + code + "' is not an ISO 4217 currency code");
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        String zoneText = nodes.text(node, "zone", "locale.zone").orElse("Asia/Shanghai");
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            nodes.problem("locale.zone", "'" + zoneText + "' is not a time-zone id");
        }
        return new LocaleSettings(locale, region, currency, zone);
    }
}
