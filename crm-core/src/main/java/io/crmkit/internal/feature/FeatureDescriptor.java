package io.crmkit.internal.feature;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one crmkit feature needs from the host's storage: its name and the ports its
 * services ask a transaction for. {@code Crm} reads the descriptors of all its features
 * when it is built and refuses a storage that lacks any of their ports, naming the feature
 * and the port.
 *
 * @param name the feature's name in messages, lower case, e.g. {@code interactions}
 * @param ports the port interfaces the feature's services use, in the order they are checked
 */
public record FeatureDescriptor(String name, List<Class<?>> ports) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Checks and copies the components.
     *
     * @param name see {@link #name()}
     * @param ports see {@link #ports()}
     */
    public FeatureDescriptor {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a feature's name is lower-case letters, digits and '-': " + name);
        }
        ports = List.copyOf(ports);
        for (Class<?> port : ports) {
            if (!port.isInterface()) {
                throw new IllegalArgumentException("feature " + name + ": a port is an interface, not " + port.getName());
            }
        }
    }

    /**
     * A feature's descriptor.
     *
     * @param name the feature's name
     * @param ports the ports it needs
     * @return the descriptor
     */
    public static FeatureDescriptor of(String name, Class<?>... ports) {
        return new FeatureDescriptor(name, List.of(ports));
    }
}
