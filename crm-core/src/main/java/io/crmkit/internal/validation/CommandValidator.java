package io.crmkit.internal.validation;

import io.crmkit.shared.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks command records against their Jakarta Validation annotations and turns each
 * constraint violation into a crmkit {@link Violation} with a readable path
 * ({@code contacts[1].name}), a stable code and the values its message needs.
 *
 * <p>Thread-safe; build one per {@code Crm}.
 */
public final class CommandValidator implements AutoCloseable {
    private final ValidatorFactory factory;
    private final Validator validator;

    /** Builds the validator (crmkit renders messages itself, so no expression language is needed). */
    public CommandValidator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping blank = configuration.createConstraintMapping();
        blank.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(NotBlankValidator.class);
        this.factory = configuration
                .addMapping(blank)
                .messageInterpolator(new ParameterMessageInterpolator())
                // Commands are plain records, never JPA entities: skip Hibernate Validator's
                // JPA reachability check, which costs a lookup per property when a host has JPA.
                .traversableResolver(new EverythingReachable())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates a command.
     *
     * @param command the command record
     * @return every violation, sorted by path; empty if the command is valid
     */
    public List<Violation> validate(Object command) {
        List<Violation> result = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(command)) {
            result.add(translate(v));
        }
        result.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return result;
    }

    private static Violation translate(ConstraintViolation<Object> v) {
        String path = render(v.getPropertyPath());
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object value = v.getInvalidValue();
        switch (annotation) {
            case "NotNull":
                return Violation.of(path, "required");
            case "NotBlank":
                return value == null ? Violation.of(path, "required") : Violation.of(path, "blank");
            case "Size":
                boolean items = value instanceof Collection || value instanceof Map;
                int size = value instanceof Collection<?> c ? c.size()
                        : value instanceof Map<?, ?> m ? m.size()
                        : value instanceof CharSequence s ? s.length() : 0;
                int max = (Integer) attributes.get("max");
                int min = (Integer) attributes.get("min");
                if (size > max) {
                    return Violation.of(path, items ? "items.max" : "size.max", "max", max);
                }
                return Violation.of(path, "size.min", "min", min);
            default:
                Map<String, Object> args = new HashMap<>();
                args.put("reason", v.getMessage());
                return new Violation(path, "value.invalid", args);
        }
    }

    /**
     * Renders a Jakarta property path as crmkit writes paths: properties joined by dots,
     * list indexes and map keys in brackets, container-element pseudo-names left out.
     */
    private static String render(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.toString();
    }

    @Override
    public void close() {
        factory.close();
    }

    /** Treats every property as reachable and cascadable. */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }
}
