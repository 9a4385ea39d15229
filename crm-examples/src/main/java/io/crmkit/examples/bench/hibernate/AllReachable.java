package io.crmkit.examples.bench.hibernate;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property is reachable and cascadable: the entities validated here are new objects,
 * never lazy proxies, so Hibernate Validator need not ask JPA (crmkit configures its command
 * validator the same way, and the baseline gets the same favour).
 */
final class AllReachable implements TraversableResolver {
    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
