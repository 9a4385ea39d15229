package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code classification} and {@code valueAssessment} sections. Left out while the
 * {@code tags} section is left out too, they give the samples ({@link #sampleClassifications},
 * {@link #sampleValueAssessment}); left out with custom tags, they give none. The rules'
 * conditions are segment rules, checked against the whole configuration when {@code Crm} is
 * built (the rule language needs the finished configuration).
 */
final class ClassificationReader {
    private final ConfigNodes nodes;
    private final List<TagDimensionDefinition> tags;

    ClassificationReader(ConfigNodes nodes, List<TagDimensionDefinition> tags) {
        this.nodes = nodes;
        this.tags = tags;
    }

    static List<ClassificationDefinition> sampleClassifications(String currency) {
        return List.of(
                new ClassificationDefinition("value_tier", List.of(
                        new ClassificationRuleDefinition("high", "spend(12 months) >= 100000 " + currency,
                                "spend over the last 12 months of 100,000 or more"),
                        new ClassificationRuleDefinition("mid", "spend(12 months) >= 50000 " + currency,
                                "spend over the last 12 months from 50,000 (included) up to 100,000 (excluded)")),
                        Optional.of(new ClassificationRuleDefinition("normal", "", "spend over the last 12 months below 50,000"))),
                new ClassificationDefinition("urgency", List.of(
                        new ClassificationRuleDefinition("urgent",
                                "tag(intent) = \"high_intent\" or tag(stage) in (\"proposal_negotiation\", \"closing\")",
                                "respond within 24 h"),
                        new ClassificationRuleDefinition("normal",
                                "tag(intent) = \"long_term_partner\" or tag(stage) in (\"initial_contact\", \"needs_analysis\")",
                                "respond within 72 h")),
                        Optional.of(new ClassificationRuleDefinition("long_term", "", "long-term latent need"))));
    }

    static ValueAssessmentSettings sampleValueAssessment() {
        Map<ValueFactor, BigDecimal> weights = new EnumMap<>(ValueFactor.class);
        weights.put(ValueFactor.AMOUNT, new BigDecimal("0.4"));
        weights.put(ValueFactor.FREQUENCY, new BigDecimal("0.2"));
        weights.put(ValueFactor.MARGIN, new BigDecimal("0.2"));
        weights.put(ValueFactor.TENURE, new BigDecimal("0.1"));
        weights.put(ValueFactor.GROWTH, new BigDecimal("0.1"));
        Map<ValueFactor, BigDecimal> full = new EnumMap<>(ValueFactor.class);
        full.put(ValueFactor.AMOUNT, new BigDecimal("200000"));
        full.put(ValueFactor.FREQUENCY, new BigDecimal("12"));
        full.put(ValueFactor.MARGIN, new BigDecimal("50000"));
        full.put(ValueFactor.TENURE, new BigDecimal("1825"));
        full.put(ValueFactor.GROWTH, new BigDecimal("50"));
        return new ValueAssessmentSettings("value_group", "12 months", ScoringMethod.WEIGHTED, weights, full, List.of(
                new ValueGroupDefinition("high_value", new BigDecimal("70"), "assign a dedicated account manager"),
                new ValueGroupDefinition("potential", new BigDecimal("45"), "nurture: regular follow-up and tailored offers"),
                new ValueGroupDefinition("normal", new BigDecimal("20"), "standard service"),
                new ValueGroupDefinition("low_value", BigDecimal.ZERO, "low-cost channels: newsletters and self-service")));
    }

    List<ClassificationDefinition> classifications(JsonNode node) {
        List<ClassificationDefinition> out = new ArrayList<>();
        if (!node.isArray()) {
            nodes.problem("classification", "must be a list");
            return List.copyOf(out);
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "classification[" + i + "]";
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                nodes.problem(path, "must be an object");
                continue;
            }
            nodes.allowKeys(c, path, "tag", "rules", "otherwise");
            Optional<String> dimension = nodes.requiredText(c, "tag", path + ".tag");
            Optional<TagDimensionDefinition> d = dimension.flatMap(k -> singleValued(k, path + ".tag"));
            List<ClassificationRuleDefinition> rules = new ArrayList<>();
            JsonNode r = c.path("rules");
            if (!r.isArray() || r.isEmpty()) {
                nodes.problem(path + ".rules", "must be a list of at least one {value, when, note}");
            } else {
                for (int j = 0; j < r.size(); j++) {
                    rule(r.get(j), path + ".rules[" + j + "]", d, true).ifPresent(rules::add);
                }
            }
            Optional<ClassificationRuleDefinition> otherwise = c.has("otherwise")
                    ? rule(c.get("otherwise"), path + ".otherwise", d, false) : Optional.empty();
            dimension.ifPresent(k -> out.add(new ClassificationDefinition(k, rules, otherwise)));
        }
        return List.copyOf(out);
    }

    private Optional<ClassificationRuleDefinition> rule(JsonNode r, String path, Optional<TagDimensionDefinition> d,
                                                        boolean withCondition) {
        if (!r.isObject()) {
            nodes.problem(path, "must be an object");
            return Optional.empty();
        }
        if (withCondition) {
            nodes.allowKeys(r, path, "value", "when", "note");
        } else {
            nodes.allowKeys(r, path, "value", "note");
        }
        Optional<String> value = nodes.requiredText(r, "value", path + ".value");
        value.filter(v -> d.isPresent() && !d.get().allows(v)).ifPresent(v -> nodes.problem(path + ".value",
                "'" + v + "' is not a value of tag dimension '" + d.get().key() + "'"));
        Optional<String> when = withCondition ? nodes.requiredText(r, "when", path + ".when") : Optional.of("");
        String note = nodes.text(r, "note", path + ".note").orElse("");
        if (value.isEmpty() || when.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClassificationRuleDefinition(value.get(), when.get(), note));
    }

    private Optional<TagDimensionDefinition> singleValued(String key, String path) {
        Optional<TagDimensionDefinition> d = tags.stream().filter(t -> t.key().equals(key)).findFirst();
        if (d.isEmpty()) {
            nodes.problem(path, "'" + key + "' is not a tag dimension of the tags section");
        } else if (d.get().multiValued()) {
            nodes.problem(path, "'" + key + "' is multi-valued; a classification sets a single-valued dimension");
        }
        return d;
    }

    Optional<ValueAssessmentSettings> valueAssessment(JsonNode node) {
        if (!nodes.objectOrMissing(node, "valueAssessment")) {
            return Optional.empty();
        }
        String path = "valueAssessment";
        nodes.allowKeys(node, path, "tag", "window", "method", "weights", "fullScoreAt", "groups");
        Optional<String> dimension = nodes.requiredText(node, "tag", path + ".tag");
        Optional<TagDimensionDefinition> d = dimension.flatMap(k -> singleValued(k, path + ".tag"));
        String window = nodes.text(node, "window", path + ".window").orElse("12 months");
        ScoringMethod method = ScoringMethod.WEIGHTED;
        String m = nodes.text(node, "method", path + ".method").orElse("WEIGHTED");
        try {
            method = ScoringMethod.valueOf(m);
        } catch (IllegalArgumentException e) {
            nodes.problem(path + ".method", "'" + m + "' is not one of WEIGHTED, RFM_QUINTILES");
        }
        Map<ValueFactor, BigDecimal> weights = factors(node.path("weights"), path + ".weights", method == ScoringMethod.WEIGHTED);
        Map<ValueFactor, BigDecimal> full = factors(node.path("fullScoreAt"), path + ".fullScoreAt",
                method == ScoringMethod.WEIGHTED);
        if (method == ScoringMethod.WEIGHTED) {
            if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
                nodes.problem(path + ".weights", "needs at least one weight above 0");
            }
            weights.forEach((f, w) -> {
                if (w.signum() > 0 && !full.containsKey(f)) {
                    nodes.problem(path + ".fullScoreAt", "needs a value for " + name(f) + ", which has a weight");
                }
            });
            full.forEach((f, v) -> {
                if (v.signum() <= 0) {
                    nodes.problem(path + ".fullScoreAt." + name(f), "must be above 0");
                }
            });
        }
        List<ValueGroupDefinition> groups = groups(node.path("groups"), path + ".groups", d);
        ScoringMethod chosen = method;
        return dimension.map(k -> new ValueAssessmentSettings(k, window, chosen, weights, full, groups));
    }

    private Map<ValueFactor, BigDecimal> factors(JsonNode node, String path, boolean required) {
        Map<ValueFactor, BigDecimal> out = new EnumMap<>(ValueFactor.class);
        if (node.isMissingNode()) {
            if (required) {
                nodes.problem(path, "is required for the WEIGHTED method");
            }
            return out;
        }
        if (!node.isObject()) {
            nodes.problem(path, "must be an object of amount, frequency, margin, tenure, growth");
            return out;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            ValueFactor f;
            try {
                f = ValueFactor.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                nodes.problem(path + "." + key, "is not one of amount, frequency, margin, tenure, growth");
                continue;
            }
            Optional<BigDecimal> v = nodes.number(node, key, path + "." + key);
            v.filter(n -> n.signum() < 0).ifPresent(n -> nodes.problem(path + "." + key, "must not be negative"));
            v.ifPresent(n -> out.put(f, n));
        }
        return out;
    }

    private List<ValueGroupDefinition> groups(JsonNode node, String path, Optional<TagDimensionDefinition> d) {
        List<ValueGroupDefinition> out = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            nodes.problem(path, "must be a list of at least one {value, minScore, treatment}");
            return out;
        }
        BigDecimal previous = null;
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode g = node.get(i);
            if (!g.isObject()) {
                nodes.problem(p, "must be an object");
                continue;
            }
            nodes.allowKeys(g, p, "value", "minScore", "treatment");
            Optional<String> value = nodes.requiredText(g, "value", p + ".value");
            value.filter(v -> d.isPresent() && !d.get().allows(v)).ifPresent(v -> nodes.problem(p + ".value",
                    "'" + v + "' is not a value of tag dimension '" + d.get().key() + "'"));
            BigDecimal min = nodes.number(g, "minScore", p + ".minScore").orElse(BigDecimal.ZERO);
            if (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0) {
                nodes.problem(p + ".minScore", "must be from 0 to 100");
            }
            if (previous != null && min.compareTo(previous) >= 0) {
                nodes.problem(p + ".minScore", "must be below the previous group's (" + previous.toPlainString() + ")");
            }
            if (i == node.size() - 1 && min.signum() != 0) {
                nodes.problem(p + ".minScore", "the last group must start at 0, so that every customer has a group");
            }
            previous = min;
            String treatment = nodes.text(g, "treatment", p + ".treatment").orElse("");
            value.ifPresent(v -> out.add(new ValueGroupDefinition(v, min, treatment)));
        }
        return out;
    }

    private static String name(ValueFactor f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
