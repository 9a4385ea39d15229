package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads the {@code lifecycle} section: the statuses and the initial one here, the transitions and
 * guards with {@link LifecycleMachineReader}. Left out, or without statuses, it gives the sample
 * statuses of {@link #DEFAULT} with any status allowed to follow any other.
 */
final class LifecycleReader {
    private static final List<String> STATUSES = List.of("prospect", "intent", "proposal_negotiation", "won", "lost",
            "on_trial");

    /** The lifecycle when the section is left out. */
    static final LifecycleSettings DEFAULT = new LifecycleSettings(STATUSES, "prospect");

    private final ConfigNodes nodes;

    LifecycleReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    LifecycleSettings read(JsonNode node) {
        if (!nodes.objectOrMissing(node, "lifecycle")) {
            return DEFAULT;
        }
        nodes.allowKeys(node, "lifecycle", "statuses", "initial", "transitions", "guards");
        List<String> statuses = nodes.keyList(node.path("statuses"), "lifecycle.statuses");
        if (statuses.isEmpty()) {
            nodes.problem("lifecycle.statuses", "must list at least one status");
            return DEFAULT;
        }
        String initial = nodes.text(node, "initial", "lifecycle.initial").orElse(statuses.get(0));
        if (!statuses.contains(initial)) {
            nodes.problem("lifecycle.initial", "'" + initial + "' is not one of the statuses " + statuses);
            initial = statuses.get(0);
        }
        LifecycleMachineReader machine = new LifecycleMachineReader(nodes, statuses, initial);
        return new LifecycleSettings(statuses, initial, machine.transitions(node.path("transitions")),
                machine.guards(node.path("guards")));
    }
}
