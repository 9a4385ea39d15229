package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the {@code labels} section: per kind of key, each key's label per language tag.
 *
 * <pre>{@code
 * labels:
 *   statuses:
 *     on_trial: {en: On trial, zh: 试用中}
 *   tagValues:
 *     value_tier:
 *       high: {en: High value, zh: 高价值}
 * }</pre>
 *
 * Every key labelled must be configured (a status of the lifecycle, a value of the dimension…),
 * so a label cannot silently sit on a key that was renamed; a language tag must be well formed
 * (BCP 47, e.g. {@code zh}, {@code zh-TW}, {@code en}); a text is not blank and at most
 * {@value #MAX_TEXT} characters.
 */
final class LabelsReader {
    static final int MAX_TEXT = 100;
    private static final String SECTION = "labels";

    private final ConfigNodes nodes;
    private final SectionsRead before;

    LabelsReader(ConfigNodes nodes, SectionsRead before) {
        this.nodes = nodes;
        this.before = before;
    }

    /** The labels when the section is left out: the definitions' own labels only. */
    static Labels absent(SectionsRead before) {
        return new Labels(Map.of(), defined(before, true), defined(before, false));
    }

    Labels read(JsonNode node) {
        if (node.isNull() || !nodes.objectOrMissing(node, SECTION)) {
            return absent(before);
        }
        nodes.allowKeys(node, SECTION, Arrays.stream(LabelKind.values()).map(LabelKind::sectionKey).toArray(String[]::new));
        Map<String, Map<String, String>> configured = new LinkedHashMap<>();
        for (LabelKind kind : LabelKind.values()) {
            JsonNode entries = node.path(kind.sectionKey());
            String path = SECTION + "." + kind.sectionKey();
            if (!nodes.objectOrMissing(entries, path)) {
                continue;
            }
            if (kind.isQualified()) {
                readQualified(kind, entries, path, configured);
            } else {
                readKeys(kind, null, keys(kind), entries, path, configured);
            }
        }
        return new Labels(configured, defined(before, true), defined(before, false));
    }

    private void readQualified(LabelKind kind, JsonNode owners, String path, Map<String, Map<String, String>> into) {
        Map<String, Optional<List<String>>> values = kind == LabelKind.TAG_VALUE ? tagValues() : options();
        String ownerName = kind == LabelKind.TAG_VALUE ? "tag dimension" : "choice field";
        for (Map.Entry<String, JsonNode> owner : owners.properties()) {
            String ownerPath = path + "." + owner.getKey();
            if (!values.containsKey(owner.getKey())) {
                nodes.problem(ownerPath, "is not a configured " + ownerName + " (" + String.join(", ", values.keySet()) + ")");
            } else if (nodes.objectOrMissing(owner.getValue(), ownerPath)) {
                readKeys(kind, owner.getKey(), values.get(owner.getKey()), owner.getValue(), ownerPath, into);
            }
        }
    }

    /**
     * Reads the labels of keys of one kind.
     *
     * @param allowed the keys that may be labelled; empty when any key may (a tag dimension
     *        without a fixed list of values)
     */
    private void readKeys(LabelKind kind, String owner, Optional<List<String>> allowed, JsonNode entries, String path,
                          Map<String, Map<String, String>> into) {
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            String keyPath = path + "." + (e.getKey().isBlank() ? "'" + e.getKey() + "'" : e.getKey());
            if (allowed.isPresent() && !allowed.get().contains(e.getKey())) {
                nodes.problem(keyPath, "is not one of the configured keys (" + String.join(", ", allowed.get()) + ")");
                continue;
            }
            Map<String, String> texts = texts(e.getValue(), keyPath);
            if (!texts.isEmpty()) {
                into.put(Labels.entry(kind, owner, e.getKey()), texts);
            }
        }
    }

    private Map<String, String> texts(JsonNode node, String path) {
        if (!node.isObject()) {
            nodes.problem(path, "must map language tags to texts, e.g. {en: On trial, zh: 试用中}");
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String textPath = path + "." + (e.getKey().isBlank() ? "'" + e.getKey() + "'" : e.getKey());
            Optional<String> tag = languageTag(e.getKey());
            if (tag.isEmpty()) {
                nodes.problem(textPath, "is not a language tag (e.g. en, zh, zh-TW)");
                continue;
            }
            JsonNode text = e.getValue();
            if (!text.isTextual() || text.asText().isBlank()) {
                nodes.problem(textPath, "must be a text that is not blank");
            } else if (text.asText().codePointCount(0, text.asText().length()) > MAX_TEXT) {
                nodes.problem(textPath, "must be at most " + MAX_TEXT + " characters");
            } else if (texts.putIfAbsent(tag.get(), text.asText().strip()) != null) {
                nodes.problem(textPath, "repeats the language " + tag.get());
            }
        }
        return texts;
    }

    /** The tag in its canonical form ({@code zh-tw} becomes {@code zh-TW}), if it is well formed. */
    static Optional<String> languageTag(String raw) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(raw).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (java.util.IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private Optional<List<String>> keys(LabelKind kind) {
        return Optional.of(switch (kind) {
            case LIFECYCLE_STATUS -> before.get(ConfigSections.LIFECYCLE).statuses();
            case TAG_DIMENSION -> before.get(ConfigSections.TAGS).stream().map(TagDimensionDefinition::key).toList();
            case CUSTOM_FIELD -> before.get(ConfigSections.CUSTOM_FIELDS).stream().map(CustomFieldDefinition::key).toList();
            case FOLLOW_UP_METHOD -> before.get(ConfigSections.FOLLOW_UP).methods();
            case PRIORITY -> before.get(ConfigSections.FOLLOW_UP).priorities();
            case INTERACTION_KIND -> before.get(ConfigSections.INTERACTIONS).kinds();
            case ROLE -> before.get(ConfigSections.ROLES).stream().map(r -> r.name().value()).toList();
            case TAG_VALUE, FIELD_OPTION -> throw new IllegalArgumentException(kind + " is qualified");
        });
    }

    /** Each dimension's values; empty for a dimension that takes any value. */
    private Map<String, Optional<List<String>>> tagValues() {
        return ordered(before.get(ConfigSections.TAGS), TagDimensionDefinition::key,
                d -> d.values().isEmpty() ? Optional.empty() : Optional.of(d.values()));
    }

    private Map<String, Optional<List<String>>> options() {
        return ordered(before.get(ConfigSections.CUSTOM_FIELDS).stream()
                        .filter(f -> f.type() == CustomFieldType.SINGLE_CHOICE || f.type() == CustomFieldType.MULTI_CHOICE)
                        .toList(),
                CustomFieldDefinition::key, f -> Optional.of(f.options()));
    }

    private static <T> Map<String, Optional<List<String>>> ordered(Collection<T> items, Function<T, String> key,
                                                                   Function<T, Optional<List<String>>> values) {
        return items.stream().collect(Collectors.toMap(key, values, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The definitions' labels, of tag dimensions and custom fields: those the deployment defined
     * itself ({@code given}), where it gave a label other than the key; or those of the samples
     * that apply because a section was left out.
     */
    private static Map<String, String> defined(SectionsRead before, boolean given) {
        Map<String, String> labels = new HashMap<>();
        if (before.given(ConfigSections.TAGS) == given) {
            for (TagDimensionDefinition d : before.get(ConfigSections.TAGS)) {
                if (!d.label().equals(d.key())) {
                    labels.put(Labels.entry(LabelKind.TAG_DIMENSION, null, d.key()), d.label());
                }
            }
        }
        if (before.given(ConfigSections.CUSTOM_FIELDS) == given) {
            for (CustomFieldDefinition f : before.get(ConfigSections.CUSTOM_FIELDS)) {
                if (!f.label().equals(f.key())) {
                    labels.put(Labels.entry(LabelKind.CUSTOM_FIELD, null, f.key()), f.label());
                }
            }
        }
        return labels;
    }

}
