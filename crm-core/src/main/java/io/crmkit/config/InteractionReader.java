package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads the {@code interactions} section: the kinds of interaction logged. Left out, or without
 * {@code kinds}, it gives {@link InteractionSettings#defaults()}.
 */
final class InteractionReader {
    private final ConfigNodes nodes;

    InteractionReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    InteractionSettings read(JsonNode node) {
        if (!nodes.objectOrMissing(node, "interactions")) {
            return InteractionSettings.defaults();
        }
        nodes.allowKeys(node, "interactions", "kinds");
        if (node.path("kinds").isMissingNode()) {
            return InteractionSettings.defaults();
        }
        List<String> kinds = nodes.keyList(node.path("kinds"), "interactions.kinds");
        if (kinds.isEmpty() && node.path("kinds").isArray() && node.path("kinds").isEmpty()) {
            nodes.problem("interactions.kinds", "must list at least one kind");
        }
        return new InteractionSettings(kinds);
    }
}
