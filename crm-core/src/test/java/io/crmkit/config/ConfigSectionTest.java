package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A section added the way a feature adds one: defined with its reader and default, registered in
 * the list the reader reads, and read back by {@link CrmConfiguration#section} without any change
 * to {@link CrmConfiguration}.
 */
class ConfigSectionTest {

    /** A test-only section: pipeline stages, each one a lifecycle status, so it depends on the lifecycle. */
    private static final ConfigSection<List<String>> PIPELINE = ConfigSection.dependent("pipeline",
            List.of(ConfigSections.LIFECYCLE),
            (node, nodes, before) -> {
                List<String> statuses = before.get(ConfigSections.LIFECYCLE).statuses();
                if (!nodes.objectOrMissing(node, "pipeline")) {
                    return List.of();
                }
                nodes.allowKeys(node, "pipeline", "stages");
                List<String> stages = new ArrayList<>(nodes.keyList(node.path("stages"), "pipeline.stages"));
                for (int i = 0; i < stages.size(); i++) {
                    if (!statuses.contains(stages.get(i))) {
                        nodes.problem("pipeline.stages[" + i + "]", "'" + stages.get(i) + "' is not a lifecycle status");
                    }
                }
                return List.copyOf(stages);
            },
            before -> List.of(before.get(ConfigSections.LIFECYCLE).initial()));

    private static final List<ConfigSection<?>> WITH_PIPELINE =
            Stream.concat(ConfigSections.ALL.stream(), Stream.of(PIPELINE)).toList();

    @Test
    @DisplayName("an added section is read from the document, or takes its default, and reads the sections it depends on")
    void addedSectionIsRead() {
        CrmConfiguration c = new ConfigurationReader(WITH_PIPELINE).read("""
                lifecycle:
                  statuses: [lead, qualified, won]
                pipeline:
                  stages: [lead, qualified]
                """);
        assertThat(c.section(PIPELINE)).containsExactly("lead", "qualified");
        assertThat(c.lifecycle().statuses()).containsExactly("lead", "qualified", "won");
        assertThat(new ConfigurationReader(WITH_PIPELINE).read("{}").section(PIPELINE)).containsExactly("prospect");
        assertThat(new ConfigurationReader(WITH_PIPELINE).read("{}").followUp()).isEqualTo(FollowUpSettings.defaults());
    }

    @Test
    @DisplayName("the added section's problems are listed together with every other section's, in reading order")
    void problemsListedTogether() {
        String yaml = """
                colour: red
                lifecycle:
                  statuses: [lead, won]
                  initial: open
                pipeline:
                  stages: [lead, lost]
                  probability: 10
                followUp:
                  methods: []
                """;
        assertThatThrownBy(() -> new ConfigurationReader(WITH_PIPELINE).read(yaml))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactly(
                            "colour", "lifecycle.initial", "followUp.methods", "pipeline.probability", "pipeline.stages[1]");
                    assertThat(e.problems().get(0).message()).isEqualTo("is not a known setting (known: locale, jobs, roles, "
                            + "lifecycle, customFields, tags, classification, valueAssessment, followUp, interactions, labels, "
                            + "pipeline)");
                });
        assertThatThrownBy(() -> CrmConfiguration.parse("pipeline: {stages: [lead]}"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path).containsExactly("pipeline"));
        assertThatThrownBy(() -> CrmConfiguration.defaults().section(PIPELINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pipeline");
    }

    @Test
    @DisplayName("crmkit's accessors are its sections' values")
    void accessorsAreSections() {
        CrmConfiguration c = CrmConfiguration.defaults();
        assertThat(c.section(ConfigSections.FOLLOW_UP)).isSameAs(c.followUp());
        assertThat(c.section(ConfigSections.TAGS)).isSameAs(c.tags());
        assertThat(c.section(ConfigSections.CLASSIFICATIONS)).isSameAs(c.classifications()).hasSize(2);
        assertThat(c).isEqualTo(CrmConfiguration.parse("")).hasSameHashCodeAs(CrmConfiguration.parse(""));
        assertThat(c.toString()).startsWith("CrmConfiguration[locale=");
    }

    @Test
    @DisplayName("a section comes after the sections it depends on, reads only those, and its key is listed once")
    void orderAndDependenciesAreChecked() {
        List<ConfigSection<?>> pipelineFirst = Stream.concat(Stream.of(PIPELINE), ConfigSections.ALL.stream()).toList();
        assertThatThrownBy(() -> new ConfigurationReader(pipelineFirst)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pipeline' depends on 'lifecycle'");
        ConfigSection<String> again = ConfigSection.of("followUp", "", (nodes, node) -> "");
        assertThatThrownBy(() -> new ConfigurationReader(Stream.concat(ConfigSections.ALL.stream(), Stream.of(again)).toList()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'followUp' is listed twice");
        assertThatThrownBy(() -> new ConfigurationReader(List.of(PIPELINE))).isInstanceOf(IllegalArgumentException.class);
        ConfigSection<String> undeclared = ConfigSection.dependent("sneaky", List.of(),
                (node, nodes, before) -> "", before -> before.get(ConfigSections.TAGS).get(0).key());
        assertThatThrownBy(() -> new ConfigurationReader(Stream.concat(ConfigSections.ALL.stream(), Stream.of(undeclared))
                .toList()).read("{}")).isInstanceOf(IllegalStateException.class).hasMessageContaining("'sneaky' reads section 'tags'");
    }
}
