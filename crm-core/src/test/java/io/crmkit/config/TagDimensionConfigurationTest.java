package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TagDimensionConfigurationTest {

    @Test
    @DisplayName("without a tags section the sample dimensions apply, with the value tiers and urgency")
    void sampleDimensions() {
        CrmConfiguration c = CrmConfiguration.defaults();
        assertThat(c.tags()).extracting(TagDimensionDefinition::key).containsExactly("industry", "level", "need",
                "stage", "intent", "value_tier", "urgency", "value_group");
        assertThat(c.tagDimension("need").orElseThrow().multiValued()).isTrue();
        assertThat(c.tagDimension("value_tier").orElseThrow().values()).containsExactly("high", "mid", "normal");
        assertThat(CrmConfiguration.parse("tags: []").tags()).isEmpty();
    }

    @Test
    void readsClosedAndOpenDimensions() {
        CrmConfiguration c = CrmConfiguration.parse("""
                tags:
                  - {key: level, label: Level, values: [A, B, C]}
                  - {key: keyword, multiValued: true}
                """);
        TagDimensionDefinition level = c.tagDimension("level").orElseThrow();
        assertThat(level.allows("A")).isTrue();
        assertThat(level.allows("D")).isFalse();
        TagDimensionDefinition keyword = c.tagDimension("keyword").orElseThrow();
        assertThat(keyword.open()).isTrue();
        assertThat(keyword.label()).isEqualTo("keyword");
        assertThat(keyword.allows("任何 value")).isTrue();
        assertThat(keyword.allows(" padded")).isFalse();
        assertThat(keyword.allows("x".repeat(65))).isFalse();
        assertThat(keyword.allows("nul\u0000")).isFalse();
    }

    @Test
    @DisplayName("lists every problem of the tags section with its path")
    void listsProblems() {
        String yaml = """
                tags:
                  - {key: Level, values: [A]}
                  - {key: need, values: [a, a, " b"], colour: red}
                  - {key: need}
                  - {key: x, values: notalist}
                  - plain
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactlyInAnyOrderElementsOf(
                        List.of("tags[0].key", "tags[1].values[1]", "tags[1].values[2]", "tags[1].colour", "tags[2].key",
                                "tags[3].values", "tags[4]")));
    }
}
