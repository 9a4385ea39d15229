package io.crmkit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON or YAML document into a {@link CrmConfiguration}: reads each of its sections in
 * order, collecting every problem of every section instead of stopping at the first. Missing
 * sections take their defaults; unknown top-level keys are problems, because a mistyped key
 * silently ignored is a setting silently lost.
 */
final class ConfigurationReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int MAX_DOCUMENT_CHARS = 1_000_000;

    private final List<ConfigSection<?>> sections;

    /** A reader of crmkit's sections, {@link ConfigSections#ALL}. */
    ConfigurationReader() {
        this(ConfigSections.ALL);
    }

    /**
     * A reader of the given sections, in this order: every one of {@link ConfigSections#ALL} and
     * possibly more, each after the sections it depends on, no key twice.
     */
    ConfigurationReader(List<ConfigSection<?>> sections) {
        this.sections = List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < this.sections.size(); i++) {
            ConfigSection<?> section = this.sections.get(i);
            if (!keys.add(section.key())) {
                throw new IllegalArgumentException("section '" + section.key() + "' is listed twice");
            }
            for (ConfigSection<?> d : section.dependsOn()) {
                if (!this.sections.subList(0, i).contains(d)) {
                    throw new IllegalArgumentException("section '" + section.key() + "' depends on '" + d.key()
                            + "', which must come before it");
                }
            }
        }
        if (!this.sections.containsAll(ConfigSections.ALL)) {
            throw new IllegalArgumentException("the sections must include every one of " + ConfigSections.ALL);
        }
    }

    CrmConfiguration read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_CHARS * 4 + 1);
            return read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "cannot be read: " + e.getMessage())));
        }
    }

    CrmConfiguration read(String document) {
        JsonNode root = root(document);
        ConfigNodes nodes = new ConfigNodes();
        nodes.allowKeys(root, "$", sections.stream().map(ConfigSection::key).toArray(String[]::new));
        Set<String> given = new HashSet<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            given.add(it.next());
        }
        Map<ConfigSection<?>, Object> values = new LinkedHashMap<>();
        for (ConfigSection<?> section : sections) {
            values.put(section, section.readFrom(root, nodes, new SectionsRead(section, values, given)));
        }
        List<ConfigurationProblem> problems = nodes.problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new CrmConfiguration(values);
    }

    private static JsonNode root(String document) {
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "is longer than "
                    + MAX_DOCUMENT_CHARS + " characters")));
        }
        JsonNode root;
        try {
            refuseAliases(document);
            // YAML is a superset of JSON, so one parser reads both forms.
            root = document.isBlank() ? JsonNodeFactory.instance.objectNode() : YAML.readTree(document);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigurationException(List.of(new ConfigurationProblem(where, "is not valid JSON or YAML: "
                    + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "must be an object")));
        }
        return root;
    }

    /**
     * Refuses YAML aliases ({@code *name}). Jackson's tree reader does not expand them: it would
     * read {@code label: *lbl} as the text {@code "lbl"}, a silently wrong value. Expanding them
     * instead would invite alias bombs; a configuration has no need for either, so each alias is
     * reported with its place. The scan reads the document's events once, without expanding
     * anything, so a document of nested aliases is refused as fast as any other.
     */
    private static void refuseAliases(String document) throws JsonProcessingException {
        List<ConfigurationProblem> problems = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(document)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(new ConfigurationProblem("line " + at.getLineNr() + ", column " + at.getColumnNr(),
                            "is a YAML alias (*" + parser.getText() + "); crmkit's configuration takes no aliases:"
                                    + " write the value out"));
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // Reading a String does no I/O; reported all the same rather than lost.
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "cannot be read: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }
}
