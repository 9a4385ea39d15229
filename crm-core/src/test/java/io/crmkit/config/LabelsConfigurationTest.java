package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelsConfigurationTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale TW = Locale.forLanguageTag("zh-TW");

    @Test
    @DisplayName("the sample keys have English and Chinese labels; other languages see the key")
    void sampleLabels() {
        Labels labels = CrmConfiguration.defaults().labels();
        assertThat(labels.status("on_trial", ZH)).isEqualTo("试用中");
        assertThat(labels.status("on_trial", Locale.ENGLISH)).isEqualTo("On trial");
        assertThat(labels.status("on_trial", Locale.GERMAN)).isEqualTo("on_trial");
        assertThat(labels.of(LabelKind.TAG_DIMENSION, "value_tier", ZH)).isEqualTo("价值等级");
        assertThat(labels.of(LabelKind.TAG_DIMENSION, "value_tier", Locale.UK)).isEqualTo("Value tier");
        assertThat(labels.of(LabelKind.TAG_DIMENSION, "value_tier", Locale.GERMAN)).isEqualTo("价值等级 / Value tier");
        assertThat(labels.tagValue("value_tier", "high", ZH)).isEqualTo("高价值");
        assertThat(labels.of(LabelKind.FOLLOW_UP_METHOD, "phone", ZH)).isEqualTo("电话");
        assertThat(labels.of(LabelKind.ROLE, "sales_rep", ZH)).isEqualTo("销售代表");
        assertThat(labels.of(LabelKind.INTERACTION_KIND, "visit", Locale.ENGLISH)).isEqualTo("Visit");
        assertThat(labels.of(LabelKind.PRIORITY, "site_survey", ZH)).isEqualTo("site_survey");
    }

    @Test
    @DisplayName("a deployment labels its own keys per language, falling back from zh-TW to zh")
    void configuredLabels() {
        Labels labels = CrmConfiguration.parse("""
                lifecycle:
                  statuses: [lead, trial, customer]
                tags:
                  - {key: level, label: Customer grade, values: [A, B]}
                  - {key: region}
                customFields:
                  - {key: source, label: 客户来源, type: SINGLE_CHOICE, options: [exhibition, referral]}
                labels:
                  statuses:
                    trial: {en: Trial period, zh: 试用中, zh-tw: 試用中}
                  tagValues:
                    level:
                      A: {en: Key account, zh: 重点客户}
                    region:
                      east: {zh: 华东}
                  fieldOptions:
                    source:
                      exhibition: {en: Trade fair, zh: 展会}
                """).labels();
        assertThat(labels.status("trial", TW)).isEqualTo("試用中");
        assertThat(labels.status("trial", ZH)).isEqualTo("试用中");
        assertThat(labels.status("trial", Locale.US)).isEqualTo("Trial period");
        assertThat(labels.status("trial", Locale.JAPANESE)).isEqualTo("trial");
        assertThat(labels.status("lead", ZH)).isEqualTo("lead");
        // The deployment's own label of a dimension comes before crmkit's label of the sample key "level".
        assertThat(labels.of(LabelKind.TAG_DIMENSION, "level", ZH)).isEqualTo("Customer grade");
        assertThat(labels.tagValue("level", "A", ZH)).isEqualTo("重点客户");
        assertThat(labels.tagValue("level", "B", ZH)).isEqualTo("B");
        assertThat(labels.tagValue("region", "east", ZH)).isEqualTo("华东");
        assertThat(labels.of(LabelKind.CUSTOM_FIELD, "source", Locale.ENGLISH)).isEqualTo("客户来源");
        assertThat(labels.option("source", "exhibition", Locale.ENGLISH)).isEqualTo("Trade fair");
        assertThat(labels.option("source", "referral", ZH)).isEqualTo("referral");
    }

    @Test
    @DisplayName("every problem of the labels section is listed with its path")
    void listsProblems() {
        String yaml = """
                labels:
                  statuses:
                    trial: {en: Trial}
                    won: {"not a tag!": 赢单, zh: "  ", en: 12}
                    lost: 已流失
                    prospect: {zh: %s}
                  tagValues:
                    value_tier: {huge: {zh: 超大}}
                    nosuch: {a: {zh: 甲}}
                  fieldOptions:
                    anything: {a: {zh: 甲}}
                  colours: {}
                """.formatted("长".repeat(LabelsReader.MAX_TEXT + 1));
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactlyInAnyOrderElementsOf(
                        List.of("labels.colours", "labels.statuses.trial", "labels.statuses.won.not a tag!",
                                "labels.statuses.won.zh", "labels.statuses.won.en", "labels.statuses.lost",
                                "labels.statuses.prospect.zh", "labels.tagValues.value_tier.huge",
                                "labels.tagValues.nosuch", "labels.fieldOptions.anything")));
    }

    @Test
    @DisplayName("a status that is not configured is refused with the statuses there are")
    void namesTheKnownKeys() {
        assertThatThrownBy(() -> CrmConfiguration.parse("labels: {statuses: {trial: {en: Trial}}}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("labels.statuses.trial").hasMessageContaining("prospect, intent");
    }

    @Test
    void tagValuesAndOptionsAreAskedForWithTheirOwner() {
        assertThatThrownBy(() -> Labels.none().of(LabelKind.TAG_VALUE, "high", ZH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tagValue(");
    }

    @Property(tries = 300)
    @Label("every key has a label in every locale: the configured one, crmkit's, or the key itself")
    void everyKeyHasALabel(@ForAll("keys") String key, @ForAll("locales") Locale locale) {
        Labels labels = CrmConfiguration.defaults().labels();
        String label = labels.status(key, locale);
        assertThat(label).isNotBlank();
        if (!CrmConfiguration.defaults().lifecycle().statuses().contains(key)) {
            assertThat(label).isEqualTo(key);
        }
        assertThat(labels.tagValue("value_tier", key, locale)).isNotBlank();
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of(CrmConfiguration.defaults().lifecycle().statuses()),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()));
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.getAvailableLocales()).filter(l -> !l.getLanguage().isEmpty());
    }
}
