package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One top-level section of the configuration document, owned by one feature: its key in the
 * document (such as {@code followUp}), the reader that checks its node and reports problems with
 * their paths, its value when the key is left out, and the sections read before it that it
 * depends on. The sections and their order are listed in {@link ConfigSections}; a loaded
 * configuration hands out each one's value by {@link CrmConfiguration#section(ConfigSection)}.
 *
 * <p>Sections are defined in this package only, since their readers use its node checks; the type
 * is public so that other crmkit packages can name a section when they read its value.
 *
 * @param <T> the type of the section's value
 */
public final class ConfigSection<T> {

    /**
     * Reads the node of a section the document gives (possibly a JSON {@code null}), reports its
     * problems through {@link ConfigNodes} with their paths, and returns an immutable value.
     *
     * @param <T> the type of the section's value
     */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonNode node, ConfigNodes nodes, SectionsRead before);
    }

    private final String key;
    private final List<ConfigSection<?>> dependsOn;
    private final Reader<T> reader;
    private final Function<SectionsRead, T> absent;

    private ConfigSection(String key, List<ConfigSection<?>> dependsOn, Reader<T> reader,
                          Function<SectionsRead, T> absent) {
        this.key = Objects.requireNonNull(key, "key");
        this.dependsOn = List.copyOf(dependsOn);
        this.reader = Objects.requireNonNull(reader, "reader");
        this.absent = Objects.requireNonNull(absent, "absent");
    }

    /** A section that reads no other section and has a fixed value when left out. */
    static <T> ConfigSection<T> of(String key, T absent, BiFunction<ConfigNodes, JsonNode, T> reader) {
        Objects.requireNonNull(absent, "absent");
        return new ConfigSection<>(key, List.of(), (node, nodes, before) -> reader.apply(nodes, node), before -> absent);
    }

    /**
     * A section that reads the sections {@code dependsOn}, which must come before it; its reader
     * and its value when left out may ask {@link SectionsRead} for them.
     */
    static <T> ConfigSection<T> dependent(String key, List<ConfigSection<?>> dependsOn, Reader<T> reader,
                                          Function<SectionsRead, T> absent) {
        return new ConfigSection<>(key, dependsOn, reader, absent);
    }

    /** {@return the section's key at the top level of the document} */
    public String key() {
        return key;
    }

    List<ConfigSection<?>> dependsOn() {
        return dependsOn;
    }

    /** Reads this section of the document, or gives its value when the document leaves it out. */
    T readFrom(JsonNode root, ConfigNodes nodes, SectionsRead before) {
        T value = root.has(key) ? reader.read(root.get(key), nodes, before) : absent.apply(before);
        return Objects.requireNonNull(value, () -> "section '" + key + "' read as null");
    }

    /** Casts a value this section produced; the configuration stores values by their section. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return key;
    }
}
