package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crmkit.access.RoleName;
import io.crmkit.access.Grantee;
import io.crmkit.access.TeamId;
import io.crmkit.config.ConfigurationException;
import io.crmkit.config.ConfigurationProblem;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.NewContact;
import io.crmkit.event.EventKey;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpPosition;
import io.crmkit.notify.Channel;
import io.crmkit.notify.RenderedNotification;
import io.crmkit.outbox.OutboxCursor;
import io.crmkit.purchase.CancelPurchase;
import io.crmkit.segment.json.RuleJson;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.tag.Tag;
import io.crmkit.timeline.TimelinePosition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every public factory and parser of crm-core that takes text, fed any text: blank, Chinese,
 * control characters, lone surrogates, very long, and text close to the accepted forms. Each
 * returns a value or refuses with its typed error (a {@link ValidationException}; the two
 * document parsers throw their own {@link ConfigurationException} and {@link RuleException}),
 * never anything else. A scan of crm-core's classes makes sure no such factory is missing here.
 */
class EdgeFactoryProperties {

    /** A factory under test: its signature as the scan names it, and how to call it. */
    record Factory(String signature, BiFunction<String, String, Object> call, Class<? extends CrmException> refusal) {
    }

    private static Factory one(String signature, Function<String, Object> call) {
        return new Factory(signature, (a, b) -> call.apply(a), ValidationException.class);
    }

    private static Factory two(String signature, BiFunction<String, String, Object> call) {
        return new Factory(signature, call, ValidationException.class);
    }

    private static Factory document(String signature, Function<String, Object> call,
                                    Class<? extends CrmException> refusal) {
        return new Factory(signature, (a, b) -> call.apply(a), refusal);
    }

    /** Every factory of crm-core taking one or two strings; {@link #theListNamesEveryFactoryOfTheCore} keeps it whole. */
    static final List<Factory> FACTORIES = List.of(
            two("shared.Money.of(String,String)", Money::of),
            one("shared.TenantId.of(String)", TenantId::of),
            one("new shared.TenantId(String)", TenantId::new),
            one("shared.UserId.of(String)", UserId::of),
            one("new shared.UserId(String)", UserId::new),
            one("shared.PhoneNumber.of(String)", PhoneNumber::of),
            one("new shared.PhoneNumber(String)", PhoneNumber::new),
            one("shared.PhoneNumber.parse(String)", PhoneNumber::parse),
            two("shared.PhoneNumber.parse(String,String)", PhoneNumber::parse),
            one("shared.EmailAddress.of(String)", EmailAddress::of),
            one("new shared.EmailAddress(String)", EmailAddress::new),
            one("shared.EmailAddress.parse(String)", EmailAddress::parse),
            two("shared.Violation.of(String,String)", Violation::of),
            two("shared.TimeAndId.decode(String,String)", TimeAndId::decode),
            two("shared.Cursor.decodeId(String,String)", Cursor::decodeId),
            one("access.RoleName.of(String)", RoleName::of),
            one("new access.RoleName(String)", RoleName::new),
            one("access.TeamId.of(String)", TeamId::of),
            one("access.Grantee.parse(String)", Grantee::parse),
            one("new access.TeamId(String)", TeamId::new),
            one("new notify.Channel(String)", Channel::new),
            two("new notify.RenderedNotification(String,String)", RenderedNotification::new),
            one("customer.CustomerId.parse(String)", CustomerId::parse),
            one("customer.ContactId.parse(String)", ContactId::parse),
            two("customer.NewContact.of(String,String)", NewContact::of),
            one("new customer.CustomFieldValue.Text(String)", CustomFieldValue.Text::new),
            one("new customer.CustomFieldValue.Choice(String)", CustomFieldValue.Choice::new),
            one("followup.FollowUpId.parse(String)", FollowUpId::parse),
            one("followup.FollowUpPosition.decode(String)", FollowUpPosition::decode),
            one("outbox.OutboxCursor.decode(String)", OutboxCursor::decode),
            two("timeline.TimelinePosition.decode(String,String)", TimelinePosition::decode),
            two("tag.Tag.of(String,String)", Tag::of),
            two("new tag.Tag(String,String)", Tag::new),
            two("new purchase.CancelPurchase(String,String)", CancelPurchase::new),
            two("new config.ConfigurationProblem(String,String)", ConfigurationProblem::new),
            two("new event.EventKey(String,String)", EventKey::new),
            one("new segment.rule.CustomField(String)", CustomField::new),
            one("new segment.rule.Literal.Text(String)", Literal.Text::new),
            document("config.CrmConfiguration.parse(String)", CrmConfiguration::parse, ConfigurationException.class),
            document("segment.rule.RuleText.parse(String)", RuleText::parse, RuleException.class),
            document("segment.json.RuleJson.read(String)", RuleJson::read, RuleException.class));

    /** The names of the factories and parsers the scan looks for. */
    private static final Pattern FACTORY_NAME = Pattern.compile("of|parse|from|read|decode|decodeId");

    @Property(tries = 400)
    void everyFactoryReturnsAValueOrRefusesWithItsTypedError(@ForAll("texts") String first,
                                                            @ForAll("texts") String second) {
        for (Factory f : FACTORIES) {
            Object value;
            try {
                value = f.call().apply(first, second);
            } catch (RuntimeException e) {
                if (!f.refusal().isInstance(e)) {
                    fail(f.signature() + " threw " + e + " for " + quoted(first) + ", " + quoted(second), e);
                }
                if (e instanceof ValidationException v) {
                    v.violations().forEach(EdgeFactoriesTest::assertHasMessages);
                }
                continue;
            }
            assertThat(value).as(f.signature()).isNotNull();
        }
    }

    @Property(tries = 200)
    void pageRequestsOfAnySizeAreMadeOrRefusedAtPageSize(@ForAll int size, @ForAll("texts") String cursor) {
        for (Function<Integer, PageRequest> f : List.<Function<Integer, PageRequest>>of(PageRequest::first,
                n -> PageRequest.after(n, cursor), n -> new PageRequest(n, java.util.Optional.of(cursor)))) {
            try {
                assertThat(f.apply(size).size()).isEqualTo(size);
            } catch (ValidationException e) {
                assertThat(e.paths()).containsExactly("page.size");
                assertThat(size < 1 || size > PageRequest.MAX_SIZE).as("size %d is out of range", size).isTrue();
            }
        }
    }

    @Example
    void nullIsRefusedWithAnExceptionNamingTheParameter() {
        for (Factory f : FACTORIES) {
            for (String[] args : List.of(new String[] {null, "a"}, new String[] {"a", null})) {
                try {
                    f.call().apply(args[0], args[1]);
                } catch (NullPointerException e) {
                    assertThat(e.getMessage()).as(f.signature() + " names the null parameter").isNotBlank();
                } catch (RuntimeException e) {
                    assertThat(e).as(f.signature()).isInstanceOf(f.refusal());
                }
            }
        }
    }

    @Example
    void theListNamesEveryFactoryOfTheCore() {
        Set<String> listed = FACTORIES.stream().map(Factory::signature).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("no factory is listed twice").hasSameSizeAs(FACTORIES);
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit")) {
            if (!accessible(c)) {
                continue;
            }
            c.getMethods().stream()
                    .filter(m -> m.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC)))
                    .filter(m -> FACTORY_NAME.matcher(m.getName()).matches() && takesOneOrTwoStrings(m))
                    .forEach(m -> found.add(name(c) + "." + m.getName() + parameters(m)));
            if (c.isRecord()) {
                c.getConstructors().stream()
                        .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC) && takesOneOrTwoStrings(k))
                        .forEach(k -> found.add("new " + name(c) + parameters(k)));
            }
        }
        assertThat(found).as("the scan works").contains("shared.Money.of(String,String)", "new shared.TenantId(String)");
        assertThat(listed).as("factories of crm-core taking text, each to be listed in FACTORIES")
                .containsAll(found);
        assertThat(found).as("FACTORIES lists only what exists").containsAll(listed);
    }

    private static boolean accessible(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.getEnclosingClass().map(EdgeFactoryProperties::accessible).orElse(true);
    }

    private static boolean takesOneOrTwoStrings(JavaCodeUnit unit) {
        List<JavaClass> types = unit.getRawParameterTypes();
        return (types.size() == 1 || types.size() == 2) && types.stream().allMatch(t -> t.isEquivalentTo(String.class));
    }

    private static String name(JavaClass c) {
        return c.getName().substring("io.crmkit.".length()).replace('$', '.');
    }

    private static String parameters(JavaCodeUnit unit) {
        return unit.getRawParameterTypes().stream().map(JavaClass::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(200).forEach(cp -> out.append(cp < 0x20 || cp == 0x7F || Character.isSurrogate((char) cp)
                ? String.format("\\u%04x", cp) : new String(Character.toChars(cp))));
        return out.append(s.length() > 200 ? "...\" (" + s.length() + " chars)" : "\"").toString();
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> currencies = new ArrayList<>();
        Currency.getAvailableCurrencies().forEach(c -> currencies.add(c.getCurrencyCode()));
        currencies.sort(null);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> blank = Arbitraries.strings().withChars(" \t\n\r\u000B\f\u00A0\u2003\u3000").ofMaxLength(8);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001F').withChars("a1-\u007F")
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> veryLong = Arbitraries.strings().withChars("a0-._9Z+@").ofMinLength(100).ofMaxLength(5000);
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.bigDecimals().ofScale(3).map(d -> d.toPlainString()),
                Arbitraries.bigDecimals().ofScale(0).map(d -> d.toString()),
                Arbitraries.of("0", "-0.00", "1e5", "1E+30", "1e-3", "1e999999999", ".5", "5.", "+1", "0x10", "NaN",
                        "1_000", "１２３", "12.345678901234", "1e2147483648"));
        Arbitrary<String> nearForms = Arbitraries.oneOf(
                Arbitraries.of(currencies),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((hi, lo) -> new UUID(hi, lo).toString()),
                Arbitraries.of("1-1-1-1-1", "0190F1A2-3B4C-7D5E-8F60-718293A4B5C6", "+8613812345678", "13812345678",
                        "+442079460958", "wang.wei@example.cn", "Wang.Wei@Example.CN", "a@b", "email", "in_app", "sms",
                        "CN", "GB", "ZZ", "", "acme", "sales_rep", "tag(industry) = \"x\"", "{}", "[]", "null",
                        "roles: [{name: x}]", "bm90IGEgY3Vyc29y", "MjAyNi0xMS0zMFQwODowMDowMFofMDE5MGYxYTItM2I0Yy03ZDVlLThmNjAtNzE4MjkzYTRiNWM2"),
                Arbitraries.strings().withCharRange('a', 'z').withChars("_-0").ofMinLength(1).ofMaxLength(70),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(5).ofMaxLength(16).map(d -> "+" + d));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, blank), net.jqwik.api.Tuple.of(1, chinese),
                net.jqwik.api.Tuple.of(1, control), net.jqwik.api.Tuple.of(1, veryLong),
                net.jqwik.api.Tuple.of(2, numbers), net.jqwik.api.Tuple.of(3, nearForms));
    }
}
