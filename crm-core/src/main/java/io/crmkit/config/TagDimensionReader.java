package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code tags} section: the deployment's tag dimensions. Left out, it gives the
 * sample dimensions of {@link #SAMPLE}; {@code tags: []} gives none.
 */
final class TagDimensionReader {

    /** The sample dimensions (the sample {@code crm.yaml} of the examples writes them out). */
    static final List<TagDimensionDefinition> SAMPLE = List.of(
            new TagDimensionDefinition("industry", "行业 / Industry", false,
                    List.of("manufacturing", "services", "retail", "technology", "other")),
            new TagDimensionDefinition("level", "客户等级 / Level", false, List.of("A", "B", "C")),
            new TagDimensionDefinition("need", "需求 / Need", true,
                    List.of("equipment_purchase", "technical_service", "maintenance", "consulting")),
            new TagDimensionDefinition("stage", "阶段 / Stage", false,
                    List.of("initial_contact", "needs_analysis", "proposal_negotiation", "closing")),
            new TagDimensionDefinition("intent", "意向 / Intent", false,
                    List.of("high_intent", "long_term_partner", "prospect")),
            new TagDimensionDefinition("value_tier", "价值等级 / Value tier", false, List.of("high", "mid", "normal")),
            new TagDimensionDefinition("urgency", "紧急程度 / Urgency", false, List.of("urgent", "normal", "long_term")),
            new TagDimensionDefinition("value_group", "价值分组 / Value group", false,
                    List.of("high_value", "potential", "normal", "low_value")));

    private final ConfigNodes nodes;

    TagDimensionReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    List<TagDimensionDefinition> read(JsonNode node) {
        List<TagDimensionDefinition> dimensions = new ArrayList<>();
        if (!node.isArray()) {
            nodes.problem("tags", "must be a list");
            return List.copyOf(dimensions);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "tags[" + i + "]";
            JsonNode d = node.get(i);
            if (!d.isObject()) {
                nodes.problem(path, "must be an object");
                continue;
            }
            nodes.allowKeys(d, path, "key", "label", "multiValued", "values");
            String key = nodes.requiredText(d, "key", path + ".key").orElse("");
            if (!key.isEmpty() && !ConfigNodes.isKey(key)) {
                nodes.problem(path + ".key", "'" + key + "' must be lower-case letters, digits or '_', 1-63 characters");
            } else if (!key.isEmpty() && !seen.add(key)) {
                nodes.problem(path + ".key", "tag dimension '" + key + "' is defined twice");
            }
            String label = nodes.text(d, "label", path + ".label").orElse(key);
            boolean multi = nodes.bool(d, "multiValued", path + ".multiValued");
            List<String> values = values(d.path("values"), path + ".values");
            if (ConfigNodes.isKey(key)) {
                dimensions.add(new TagDimensionDefinition(key, label, multi, values));
            }
        }
        return List.copyOf(dimensions);
    }

    private List<String> values(JsonNode node, String path) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            nodes.problem(path, "must be a list (leave it out for an open dimension)");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            String text = v.isValueNode() ? v.asText() : "";
            if (!TagDimensionDefinition.wellFormed(text)) {
                nodes.problem(path + "[" + i + "]", "must be 1-" + TagDimensionDefinition.MAX_VALUE_LENGTH
                        + " characters, not blank, without control characters or surrounding spaces");
            } else if (values.contains(text)) {
                nodes.problem(path + "[" + i + "]", "'" + text + "' is listed twice");
            } else {
                values.add(text);
            }
        }
        return values;
    }
}
