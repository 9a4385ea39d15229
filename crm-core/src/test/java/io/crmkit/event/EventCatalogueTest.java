package io.crmkit.event;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crmkit.internal.json.EventMessages;
import io.crmkit.shared.UserId;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of published events, built from the code (every record of crm-core that
 * implements {@link DomainEvent}, found by scanning the classes, and the payload it actually
 * writes), against the one in {@code docs/events.md}.
 */
class EventCatalogueTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOC = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("events.md");
    private static final Pattern SUMMARY_ROW = Pattern.compile("\\|\\s*`(\\w+)`\\s*\\|\\s*(\\d+)\\s*\\|\\s*`(\\w+)`\\s*\\|.*");
    private static final Pattern FIELD_ROW = Pattern.compile("\\|\\s*`(\\w+)`\\s*\\|(.*)\\|\\s*");

    /** One published event as the code has it. */
    record Entry(String name, int revision, String aggregateType, List<String> fields) {
    }

    @Test
    void everyEventIsAFinalRecordThatDeclaresItsOwnType() throws ReflectiveOperationException {
        List<Class<?>> types = eventTypes();
        assertThat(types).as("event records found").isNotEmpty();
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
            Field constant = type.getDeclaredField("TYPE");
            int modifiers = constant.getModifiers();
            assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers))
                    .as("%s declares public static final TYPE", type.getName()).isTrue();
            assertThat(constant.getType()).isEqualTo(EventType.class);
            assertThat(sample(type).eventType()).as("%s returns its own TYPE", type.getName()).isSameAs(constant.get(null));
        }
    }

    @Test
    void noEventDerivesItsNameFromItsClass() {
        noClasses().that().implement(DomainEvent.class)
                .should().callMethod(Class.class, "getSimpleName")
                .orShould().callMethod(Class.class, "getName")
                .orShould().callMethod(Class.class, "getCanonicalName")
                .orShould().callMethod(Class.class, "getTypeName")
                .because("an event's published name is declared, so that renaming a record changes nothing hosts see")
                .check(CORE);
    }

    @Test
    void noTwoEventsShareAPublishedName() throws ReflectiveOperationException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Class<?> type : eventTypes()) {
            byName.computeIfAbsent(sample(type).eventType().name(), k -> new ArrayList<>()).add(type.getName());
        }
        assertThat(byName.entrySet()).filteredOn(e -> e.getValue().size() > 1).as("names used more than once").isEmpty();
    }

    @Test
    void docsEventsMdListsEveryEventAsTheCodeHasIt() throws IOException, ReflectiveOperationException {
        List<Entry> code = catalogue();
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);

        List<String> fromCode = code.stream().map(e -> e.name() + " " + e.revision() + " " + e.aggregateType()).toList();
        List<String> summary = new ArrayList<>();
        for (String line : section(lines, "## Catalogue")) {
            Matcher m = SUMMARY_ROW.matcher(line);
            if (m.matches()) {
                summary.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
            }
        }
        assertThat(summary).as("the catalogue table of docs/events.md (name, revision, aggregate type)")
                .containsExactlyInAnyOrderElementsOf(fromCode);

        Map<String, List<String>> documented = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                current = line.substring(4).strip().replace("`", "");
                documented.put(current, new ArrayList<>());
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null) {
                Matcher m = FIELD_ROW.matcher(line);
                if (m.matches()) {
                    assertThat(m.group(2).strip()).as("the meaning of %s.%s in docs/events.md", current, m.group(1))
                            .isNotEmpty();
                    documented.get(current).add(m.group(1));
                }
            }
        }
        assertThat(documented.keySet()).as("the events with a section in docs/events.md")
                .containsExactlyInAnyOrderElementsOf(code.stream().map(Entry::name).toList());
        for (Entry e : code) {
            assertThat(documented.get(e.name())).as("the payload fields of %s in docs/events.md, in payload order", e.name())
                    .containsExactlyElementsOf(e.fields());
        }
    }

    /** The catalogue from the code: every event's name, revision, aggregate type and payload fields in order. */
    private static List<Entry> catalogue() throws ReflectiveOperationException, IOException {
        List<Entry> entries = new ArrayList<>();
        for (Class<?> type : eventTypes()) {
            DomainEvent event = sample(type);
            JsonNode payload = JSON.readTree(EventMessages.payload(event));
            List<String> fields = new ArrayList<>();
            payload.fieldNames().forEachRemaining(fields::add);
            entries.add(new Entry(event.eventType().name(), event.eventType().revision(), event.aggregateType(), fields));
        }
        return entries;
    }

    /** Every concrete event type of crm-core, found by scanning its classes. */
    private static List<Class<?>> eventTypes() {
        return CORE.stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface())
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    /** An instance of an event record with a sample value for every component. */
    private static DomainEvent sample(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            values[i] = sampleOf(components[i].getType(), type);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
        try {
            return (DomainEvent) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError("cannot build a sample " + type.getName(), e.getCause());
        }
    }

    private static Object sampleOf(Class<?> component, Class<?> event) throws ReflectiveOperationException {
        if (component == String.class) {
            return "x";
        }
        if (component == Instant.class) {
            return Instant.EPOCH;
        }
        if (component == List.class) {
            return List.of("x");
        }
        if (component == UserId.class) {
            return new UserId("u");
        }
        if (component == io.crmkit.access.Grantee.class) {
            return io.crmkit.access.Grantee.user(new UserId("u"));
        }
        if (component.isEnum()) {
            return component.getEnumConstants()[0];
        }
        if (component == java.util.Optional.class) {
            return java.util.Optional.of(Instant.EPOCH); // the only Optional component so far: an end instant
        }
        if (component.isRecord() && component.getRecordComponents().length == 1
                && component.getRecordComponents()[0].getType() == UUID.class) {
            return component.getDeclaredConstructor(UUID.class).newInstance(new UUID(0, 1));
        }
        throw new AssertionError("no sample value for a " + component.getName() + " in " + event.getName()
                + ": add one to EventCatalogueTest.sampleOf");
    }

    /** The lines of a {@code ##} section, up to the next heading of that level. */
    private static List<String> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        assertThat(start).as("docs/events.md has a section '%s'", heading).isNotNegative();
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            section.add(lines.get(i));
        }
        return section;
    }
}
