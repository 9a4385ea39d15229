package io.crmkit.config;

import java.util.Map;
import java.util.Set;

/**
 * What a section's reader may see of the sections read before it: the values of the sections it
 * declares it depends on, and whether the document gave them or left them out. Asking for any
 * other section is a programming error, so that every dependency is declared and ordered.
 */
final class SectionsRead {
    private final ConfigSection<?> reading;
    private final Map<ConfigSection<?>, Object> values;
    private final Set<String> givenKeys;

    SectionsRead(ConfigSection<?> reading, Map<ConfigSection<?>, Object> values, Set<String> givenKeys) {
        this.reading = reading;
        this.values = values;
        this.givenKeys = givenKeys;
    }

    /** The value of a section this one depends on. */
    <D> D get(ConfigSection<D> section) {
        declared(section);
        return section.cast(values.get(section));
    }

    /** Whether the document has the key of a section this one depends on (also when its value is null). */
    boolean given(ConfigSection<?> section) {
        declared(section);
        return givenKeys.contains(section.key());
    }

    private void declared(ConfigSection<?> section) {
        if (!reading.dependsOn().contains(section) || !values.containsKey(section)) {
            throw new IllegalStateException("section '" + reading.key() + "' reads section '" + section.key()
                    + "' without declaring it among the sections it depends on");
        }
    }
}
