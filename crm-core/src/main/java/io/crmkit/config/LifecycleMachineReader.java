package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code lifecycle.transitions} and {@code lifecycle.guards}, and rejects a broken machine:
 * transitions from or to unknown statuses, and statuses the initial one cannot reach.
 */
final class LifecycleMachineReader {
    private final ConfigNodes nodes;
    private final List<String> statuses;
    private final String initial;

    LifecycleMachineReader(ConfigNodes nodes, List<String> statuses, String initial) {
        this.nodes = nodes;
        this.statuses = statuses;
        this.initial = initial;
    }

    Map<String, List<String>> transitions(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!nodes.objectOrMissing(node, "lifecycle.transitions")) {
            return out;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String from = it.next();
            String path = "lifecycle.transitions." + from;
            if (!statuses.contains(from)) {
                nodes.problem(path, "'" + from + "' is not one of the statuses " + statuses);
                continue;
            }
            List<String> to = nodes.keyList(node.path(from), path);
            for (int i = 0; i < to.size(); i++) {
                if (!statuses.contains(to.get(i))) {
                    nodes.problem(path + "[" + i + "]", "'" + to.get(i) + "' is not one of the statuses " + statuses);
                }
            }
            out.put(from, to.stream().filter(statuses::contains).toList());
        }
        if (!out.isEmpty()) {
            Set<String> reached = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(initial));
            while (!todo.isEmpty()) {
                String s = todo.pop();
                if (reached.add(s)) {
                    todo.addAll(out.getOrDefault(s, List.of()));
                }
            }
            for (String s : statuses) {
                if (!reached.contains(s)) {
                    nodes.problem("lifecycle.transitions", "status '" + s + "' cannot be reached from the initial status '"
                            + initial + "'");
                }
            }
        }
        return out;
    }

    Map<String, LifecycleGuard> guards(JsonNode node) {
        Map<String, LifecycleGuard> out = new LinkedHashMap<>();
        if (!nodes.objectOrMissing(node, "lifecycle.guards")) {
            return out;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String status = it.next();
            String path = "lifecycle.guards." + status;
            if (!statuses.contains(status)) {
                nodes.problem(path, "'" + status + "' is not one of the statuses " + statuses);
                continue;
            }
            JsonNode g = node.get(status);
            if (!g.isObject()) {
                nodes.problem(path, "must be an object of reasonRequired, administratorOnly, wonDealOrAdministrator");
                continue;
            }
            nodes.allowKeys(g, path, "reasonRequired", "administratorOnly", "wonDealOrAdministrator");
            out.put(status, new LifecycleGuard(nodes.bool(g, "reasonRequired", path + ".reasonRequired"),
                    nodes.bool(g, "administratorOnly", path + ".administratorOnly"),
                    nodes.bool(g, "wonDealOrAdministrator", path + ".wonDealOrAdministrator")));
        }
        return out;
    }
}
