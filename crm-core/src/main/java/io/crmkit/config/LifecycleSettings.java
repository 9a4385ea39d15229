package io.crmkit.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer lifecycle as a state machine: the statuses, the one new customers start in, the
 * allowed transitions and the guards on entering a status. Without configured transitions any
 * status may follow any other (the permissive default).
 *
 * @param statuses the allowed statuses, in display order
 * @param initial the status of a new customer; one of {@code statuses}
 * @param transitions for each status, the statuses that may follow it; empty for "any"
 * @param guards conditions on entering a status; a status without one has none
 */
public record LifecycleSettings(List<String> statuses, String initial, Map<String, List<String>> transitions,
                                Map<String, LifecycleGuard> guards) {

    /**
     * Checks and copies the components.
     *
     * @param statuses see {@link #statuses()}
     * @param initial see {@link #initial()}
     * @param transitions see {@link #transitions()}
     * @param guards see {@link #guards()}
     */
    public LifecycleSettings {
        statuses = List.copyOf(statuses);
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        transitions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        transitions = java.util.Collections.unmodifiableMap(copy);
        guards = Map.copyOf(guards);
        Objects.requireNonNull(initial, "initial");
        if (!statuses.contains(initial)) {
            throw new IllegalArgumentException("initial status '" + initial + "' is not one of " + statuses);
        }
    }

    /**
     * Statuses without transitions or guards.
     *
     * @param statuses the statuses
     * @param initial the initial status
     */
    public LifecycleSettings(List<String> statuses, String initial) {
        this(statuses, initial, Map.of(), Map.of());
    }

    /**
     * The statuses that may follow one.
     *
     * @param from the current status
     * @return the allowed next statuses (every other status when no transitions are configured)
     */
    public List<String> next(String from) {
        if (transitions.isEmpty()) {
            return statuses.stream().filter(s -> !s.equals(from)).toList();
        }
        return transitions.getOrDefault(from, List.of());
    }

    /**
     * The guard on entering a status.
     *
     * @param status the status
     * @return its guard, {@link LifecycleGuard#NONE} if it has none
     */
    public LifecycleGuard guard(String status) {
        return guards.getOrDefault(status, LifecycleGuard.NONE);
    }
}
