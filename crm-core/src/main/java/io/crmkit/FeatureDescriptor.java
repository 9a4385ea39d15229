package io.crmkit;

import io.crmkit.view.service.CustomerViewSource;
import io.crmkit.timeline.service.TimelineSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one crmkit feature registers with {@link Crm}: its name, the ports its services ask a
 * transaction for, the sources through which it puts items on a customer's timeline, and the
 * source of its part of the customer view.
 * {@code Crm} reads the descriptors of all its features ({@link BuiltInFeatures#ALL}) when it is
 * built, and refuses a storage that lacks any of their ports, naming the feature and the port;
 * every session's timeline merges the timeline sources of all of them, and every customer view
 * holds the parts of all of them.
 *
 * @param name the feature's name in messages, lower case, e.g. {@code interactions}
 * @param ports the port interfaces the feature's services use, in the order they are checked
 * @param timelineSources the feature's timeline sources, stateless; empty if it puts nothing
 *        on the timeline
 * @param viewSources the sources of the feature's parts of the customer view, stateless;
 *        empty if it contributes none
 */
record FeatureDescriptor(String name, List<Class<?>> ports, List<TimelineSource> timelineSources,
                         List<CustomerViewSource> viewSources) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    FeatureDescriptor {
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
        timelineSources = List.copyOf(timelineSources);
        viewSources = List.copyOf(viewSources);
    }

    /** A feature needing these ports and putting nothing on the timeline. */
    static FeatureDescriptor of(String name, Class<?>... ports) {
        return new FeatureDescriptor(name, List.of(ports), List.of(), List.of());
    }

    /** This feature, also putting the items of {@code source} on customers' timelines. */
    FeatureDescriptor withTimeline(TimelineSource source) {
        List<TimelineSource> sources = new ArrayList<>(timelineSources);
        sources.add(source);
        return new FeatureDescriptor(name, ports, sources, viewSources);
    }

    /** This feature, also contributing the part {@code source} reads to every customer view. */
    FeatureDescriptor withViewPart(CustomerViewSource source) {
        List<CustomerViewSource> sources = new ArrayList<>(viewSources);
        sources.add(source);
        return new FeatureDescriptor(name, ports, timelineSources, sources);
    }
}
