package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleMachineConfigurationTest {

    @Test
    void readsTransitionsAndGuards() {
        LifecycleSettings l = CrmConfiguration.parse("""
                lifecycle:
                  statuses: [prospect, intent, won, lost]
                  transitions: {prospect: [intent, lost], intent: [won, lost], lost: [prospect]}
                  guards: {lost: {reasonRequired: true, administratorOnly: true}, won: {wonDealOrAdministrator: true}}
                """).lifecycle();
        assertThat(l.next("prospect")).containsExactly("intent", "lost");
        assertThat(l.next("won")).isEmpty();
        assertThat(l.guard("lost").reasonRequired()).isTrue();
        assertThat(l.guard("won").wonDealOrAdministrator()).isTrue();
        assertThat(l.guard("won").administratorOnly()).isFalse();
        assertThat(l.guard("lost").administratorOnly()).isTrue();
        assertThat(l.guard("intent")).isEqualTo(LifecycleGuard.NONE);
    }

    @Test
    void withoutTransitionsAnyStatusMayFollowAnother() {
        LifecycleSettings l = CrmConfiguration.defaults().lifecycle();
        assertThat(l.next("prospect")).containsExactly("intent", "proposal_negotiation", "won", "lost", "on_trial");
    }

    @Test
    void rejectsABrokenMachineListingEveryProblem() {
        String yaml = """
                lifecycle:
                  statuses: [prospect, intent, won, lost, frozen]
                  transitions: {prospect: [intent, nowhere], intent: [won], ghost: [won]}
                  guards: {ghost: {reasonRequired: true}, won: {colour: red}}
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> {
                    assertThat(e.problems()).extracting(ConfigurationProblem::path).containsExactlyInAnyOrderElementsOf(List.of(
                            "lifecycle.transitions.prospect[1]", "lifecycle.transitions.ghost", "lifecycle.transitions",
                            "lifecycle.transitions", "lifecycle.guards.ghost", "lifecycle.guards.won.colour"));
                    assertThat(e.problems()).extracting(ConfigurationProblem::message)
                            .anyMatch(m -> m.contains("'lost' cannot be reached"))
                            .anyMatch(m -> m.contains("'frozen' cannot be reached"));
                });
    }
}
