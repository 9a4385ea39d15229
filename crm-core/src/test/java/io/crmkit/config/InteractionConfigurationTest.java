package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InteractionConfigurationTest {

    @Test
    @DisplayName("without an interactions section the kinds are call, email, meeting and visit")
    void defaultKinds() {
        assertThat(CrmConfiguration.defaults().interactions().kinds()).containsExactly("call", "email", "meeting", "visit");
        assertThat(CrmConfiguration.parse("interactions: {}").interactions()).isEqualTo(InteractionSettings.defaults());
    }

    @Test
    void readsConfiguredKinds() {
        CrmConfiguration c = CrmConfiguration.parse("""
                interactions:
                  kinds: [call, wechat, site_visit]
                """);
        assertThat(c.interactions().kinds()).containsExactly("call", "wechat", "site_visit");
    }

    @Test
    @DisplayName("lists every problem of the interactions section with its path")
    void listsProblems() {
        String yaml = """
                interactions:
                  kinds: [call, Call, call, "a b"]
                  colour: red
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactlyInAnyOrderElementsOf(
                        List.of("interactions.colour", "interactions.kinds[1]", "interactions.kinds[2]",
                                "interactions.kinds[3]")));
        assertThatThrownBy(() -> CrmConfiguration.parse("interactions: {kinds: []}"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path).containsExactly("interactions.kinds"));
        assertThatThrownBy(() -> CrmConfiguration.parse("interactions: {kinds: call}"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path).containsExactly("interactions.kinds"));
        assertThatThrownBy(() -> CrmConfiguration.parse("interactions: [call]"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path).containsExactly("interactions"));
    }
}
