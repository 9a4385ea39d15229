package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.storage.Storage;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * An adapter cannot silently miss a contract: every test and property the kit's packages
 * declare is run by one subclass of {@link StorageCompatibilityKit}. The classes are found by
 * scanning the class path for the kit's packages, so a new contract that is not nested in the
 * kit fails here, as does one nested under the wrong annotation for its engine (JUnit Jupiter
 * reaches classes through {@code @Nested} only, jqwik through {@code @Group} only).
 */
class KitCompletenessTest {
    private static final String KIT_PACKAGE = "io.crmkit.kit";

    /** The engine that runs a testable method: jqwik for its own annotations, else JUnit Jupiter. */
    private enum Engine {
        JUPITER(Nested.class), JQWIK(Group.class);

        private final Class<? extends Annotation> nesting;

        Engine(Class<? extends Annotation> nesting) {
            this.nesting = nesting;
        }

        static Optional<Engine> of(Method m) {
            if (!AnnotationSupport.isAnnotated(m, Testable.class)) {
                return Optional.empty();
            }
            boolean jqwik = Arrays.stream(m.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().startsWith("net.jqwik"));
            return Optional.of(jqwik ? JQWIK : JUPITER);
        }
    }

    /**
     * Every class of the kit's packages in the kit's own artifact (not its tests), member classes
     * included, found by scanning the class path.
     */
    private static List<Class<?>> kitClasses() {
        URL kitJar = location(StorageCompatibilityKit.class);
        return ReflectionSupport.findAllClassesInPackage(KIT_PACKAGE, c -> location(c).equals(kitJar), name -> true).stream()
                .flatMap(KitCompletenessTest::withMembers).toList();
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    private static Stream<Class<?>> withMembers(Class<?> c) {
        return Stream.concat(Stream.of(c), Arrays.stream(c.getDeclaredClasses()).flatMap(KitCompletenessTest::withMembers));
    }

    /** "Class#method [engine]" for every testable method declared in the given classes. */
    private static Set<String> declared(List<Class<?>> classes) {
        Set<String> all = new TreeSet<>();
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                Engine.of(m).ifPresent(e -> all.add(key(c, m, e)));
            }
        }
        return all;
    }

    private static String key(Class<?> declaring, Method m, Engine e) {
        return declaring.getName() + "#" + m.getName() + " [" + e + "]";
    }

    /**
     * The testable methods an engine runs in a concrete subclass of the kit: the classes it reaches
     * from the kit through member classes (also inherited ones) bearing its nesting annotation, and
     * every testable method each of them has (also inherited, also from interfaces).
     */
    private static Set<String> reached(Class<?> kit, Engine engine) {
        Set<String> run = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(kit));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            for (Method m : ReflectionSupport.findMethods(c, m -> Engine.of(m).filter(engine::equals).isPresent(),
                    HierarchyTraversalMode.TOP_DOWN)) {
                run.add(key(m.getDeclaringClass(), m, engine));
            }
            todo.addAll(ReflectionSupport.findNestedClasses(c, n -> AnnotationSupport.isAnnotated(n, engine.nesting)
                    && !Modifier.isStatic(n.getModifiers()) && !Modifier.isAbstract(n.getModifiers())));
        }
        return run;
    }

    /** What the engines would not run of the testable methods declared in {@code classes}. */
    static Set<String> missed(Class<?> kit, List<Class<?>> classes) {
        Set<String> missing = new TreeSet<>(declared(classes));
        for (Engine e : Engine.values()) {
            missing.removeAll(reached(kit, e));
        }
        return missing;
    }

    @Test
    @DisplayName("finds the contracts on the class path")
    void findsTheContracts() {
        Set<String> declared = declared(kitClasses());
        assertThat(declared).hasSizeGreaterThan(200)
                .anyMatch(k -> k.startsWith(CustomersContract.class.getName() + "$Storing#"))
                .anyMatch(k -> k.startsWith(PortsContract.class.getName() + "#"))
                .anyMatch(k -> k.startsWith(RoundTripProperties.class.getName() + "#") && k.endsWith("[JQWIK]"))
                .anyMatch(k -> k.startsWith("io.crmkit.kit.service.LifecycleContract#") && k.endsWith("[JQWIK]"))
                .anyMatch(k -> k.startsWith("io.crmkit.kit.service.LifecycleContract#") && k.endsWith("[JUPITER]"));
    }

    @Test
    @DisplayName("one subclass of the kit runs every test and property of the kit's packages")
    void reachesEveryContract() {
        assertThat(missed(StorageCompatibilityKit.class, kitClasses()))
                .as("tests and properties no subclass of StorageCompatibilityKit runs: nest their contract in the kit,"
                        + " under @Nested for JUnit tests and @Group for jqwik properties")
                .isEmpty();
    }

    /** A kit that forgot a contract and put another under the wrong engine's annotation. */
    abstract static class ForgetfulKit {
        @Nested
        class Outbox extends OutboxContract {
            @Override
            protected Storage storage() {
                throw new UnsupportedOperationException();
            }
        }

        @Nested
        class RoundTrip implements RoundTripProperties {
            @Override
            public Storage storage() {
                throw new UnsupportedOperationException();
            }
        }
    }

    @Test
    @DisplayName("names a contract the kit does not nest, and one nested where its engine does not look")
    void namesWhatAKitMisses() {
        List<Class<?>> contracts = Stream.of(OutboxContract.class, AuditTrailContract.class, RoundTripProperties.class)
                .flatMap(KitCompletenessTest::withMembers).toList();
        Set<String> missed = missed(ForgetfulKit.class, contracts);
        assertThat(missed).isNotEmpty()
                .allMatch(k -> k.startsWith(AuditTrailContract.class.getName()) || k.startsWith(RoundTripProperties.class.getName()))
                .anyMatch(k -> k.startsWith(AuditTrailContract.class.getName()))
                .anyMatch(k -> k.startsWith(RoundTripProperties.class.getName()));
    }
}
