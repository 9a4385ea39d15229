package io.crmkit.kit;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Address;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.PurchaseStatus;
import io.crmkit.segment.rule.AllOf;
import io.crmkit.segment.rule.AnyOf;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.FigureKind;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Operator;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleVocabulary;
import io.crmkit.segment.rule.TagCondition;
import io.crmkit.segment.rule.TagTest;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.segment.rule.Window;
import io.crmkit.shared.Money;
import io.crmkit.shared.UserId;
import io.crmkit.tag.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random customers (with tags, custom fields of every type, purchases and contacts) and random
 * rules that pass the checker for {@link #VOCABULARY}, drawn from small pools of values so that
 * rules select some customers and not others. Text pools hold {@code LIKE} wildcards, the
 * escape character, mixed case and CJK text.
 */
public final class SegmentArbitraries {
    /** The configuration the customers and rules are made for. */
    public static final CrmConfiguration CONFIGURATION = CrmConfiguration.parse("""
            lifecycle: {statuses: [prospect, intent, won, lost]}
            customFields:
              - {key: source, type: SINGLE_CHOICE, options: [exhibition, referral, website]}
              - {key: channels, type: MULTI_CHOICE, options: [phone, email, visit]}
              - {key: years, type: INTEGER, min: 0, max: 100}
              - {key: rating, type: DECIMAL}
              - {key: credit_limit, type: MONEY, currency: CNY}
              - {key: first_order, type: DATE}
              - {key: last_audit, type: DATE_TIME}
              - {key: vip, type: BOOLEAN}
              - {key: slogan, type: TEXT}
            tags:
              - {key: industry, values: [manufacturing, services, retail]}
              - {key: level, values: [A, B, C]}
              - {key: need, multiValued: true, values: [equipment_purchase, technical_service, maintenance]}
              - {key: keyword, multiValued: true}
            """);
    /** The vocabulary of {@link #CONFIGURATION}. */
    public static final RuleVocabulary VOCABULARY = RuleVocabulary.of(CONFIGURATION);
    /** The instant rules are evaluated at (in Asia/Shanghai, the configuration's zone). */
    public static final Instant NOW = ContractFixtures.T0;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final List<String> TEXTS = List.of("Acme", "acme", "华东", "100%", "a_b", "x!y", "east", "north",
            "manufacturing", "杭州市", "浙江省", "u-1", "");
    private static final List<String> KEYWORDS = List.of("vip", "%_!", "key word", "新");

    private SegmentArbitraries() {
    }

    /** {@return a customer with its tags, purchases and last contact} */
    public static Arbitrary<CustomerData> customers() {
        Arbitrary<CustomerDetails> details = Combinators.combine(
                Arbitraries.of(CustomerType.values()),
                Arbitraries.of("Acme Tools", "acme", "华东精密", "100% pure_x!", "Zeta"),
                Arbitraries.of("manufacturing", "services", "retail"),
                Arbitraries.of("east", "north").optional(0.6),
                Arbitraries.of("1-10", "200-500").optional(0.5),
                Arbitraries.of(new Address("CN", "浙江省", "杭州市", "", "", ""), new Address("CN", "", "", "", "", ""),
                        new Address("CN", "江苏省", "", "", "", "")).optional(0.5),
                customFields()).as((type, name, industry, region, size, address, fields) -> {
                    CustomerDetails.Builder b = CustomerDetails.builder().type(type).name(name).industry(industry);
                    region.ifPresent(b::region);
                    size.ifPresent(b::size);
                    address.ifPresent(b::address);
                    fields.forEach(b::customField);
                    return b.build();
                });
        return Combinators.combine(details, Arbitraries.of("u-1", "u-2"), Arbitraries.of("prospect", "intent", "won", "lost"),
                Arbitraries.longs().between(0, 1000L * 24 * 3600), tags(), purchases(),
                Arbitraries.longs().between(0, 400L * 24 * 3600 * 1_000_000).optional(0.6))
                .as((d, owner, status, secondsAgo, tags, purchases, contactAgo) -> {
                    Instant created = NOW.minusSeconds(secondsAgo);
                    Customer c = new Customer(new CustomerId(ContractFixtures.id()), d,
                            ContractFixtures.minimal("x").contacts(), UserId.of(owner), status, created, UserId.of(owner),
                            created.plusSeconds(secondsAgo / 2), 1);
                    List<Purchase> ps = purchases.stream().map(p -> p.forCustomer(c.id())).toList();
                    return new CustomerData(c, tags, ps, contactAgo.map(m -> NOW.minus(m, ChronoUnit.MICROS)));
                });
    }

    private static Arbitrary<java.util.Map<String, CustomFieldValue>> customFields() {
        return Combinators.combine(List.of(
                Arbitraries.of("exhibition", "referral", "website").map(CustomFieldValue::choice).optional(0.5),
                Arbitraries.subsetOf("phone", "email", "visit").map(CustomFieldValue::choices).optional(0.5),
                Arbitraries.longs().between(0, 100).map(CustomFieldValue::integer).optional(0.5),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5")).ofScale(2)
                        .map(CustomFieldValue::decimal).optional(0.5),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)
                        .map(v -> CustomFieldValue.money(new Money(v, CNY))).optional(0.5),
                Arbitraries.integers().between(-1000, 30).map(n -> CustomFieldValue.date(TODAY.plusDays(n))).optional(0.5),
                Arbitraries.longs().between(-500L * 24 * 3600 * 1_000_000, 0)
                        .map(m -> CustomFieldValue.dateTime(NOW.plus(m, ChronoUnit.MICROS))).optional(0.5),
                Arbitraries.of(true, false).map(CustomFieldValue::bool).optional(0.5),
                Arbitraries.of(TEXTS).filter(s -> !s.isEmpty()).map(CustomFieldValue::text).optional(0.5)))
                .as(values -> {
                    String[] keys = {"source", "channels", "years", "rating", "credit_limit", "first_order", "last_audit",
                        "vip", "slogan"};
                    java.util.Map<String, CustomFieldValue> map = new java.util.HashMap<>();
                    for (int i = 0; i < keys.length; i++) {
                        String key = keys[i];
                        values.get(i).ifPresent(v -> map.put(key, v));
                    }
                    return map;
                });
    }

    private static Arbitrary<List<Tag>> tags() {
        return Combinators.combine(
                Arbitraries.of("manufacturing", "services", "retail").optional(0.6),
                Arbitraries.of("A", "B", "C").optional(0.6),
                Arbitraries.subsetOf("equipment_purchase", "technical_service", "maintenance"),
                Arbitraries.subsetOf(KEYWORDS)).as((industry, level, need, keyword) -> {
                    List<Tag> tags = new ArrayList<>();
                    industry.ifPresent(v -> tags.add(Tag.of("industry", v)));
                    level.ifPresent(v -> tags.add(Tag.of("level", v)));
                    need.forEach(v -> tags.add(Tag.of("need", v)));
                    keyword.forEach(v -> tags.add(Tag.of("keyword", v)));
                    return tags;
                });
    }

    private static Arbitrary<List<PurchaseDraft>> purchases() {
        return Combinators.combine(Arbitraries.integers().between(-800, 10),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("500")).ofScale(2).optional(0.5),
                Arbitraries.of(true, false, false, false))
                .as(PurchaseDraft::new).list().ofMaxSize(5);
    }

    /**
     * A purchase not yet bound to a customer.
     *
     * @param dayOffset days from today (negative: past)
     * @param amount the amount in CNY
     * @param margin the margin, if known
     * @param cancelled whether it is cancelled
     */
    record PurchaseDraft(int dayOffset, BigDecimal amount, Optional<BigDecimal> margin, boolean cancelled) {
        Purchase forCustomer(CustomerId customer) {
            Money a = new Money(amount, CNY);
            Optional<Money> m = margin.map(v -> new Money(v, CNY));
            return new Purchase(new PurchaseId(ContractFixtures.id()), customer, "SO-" + ContractFixtures.id(),
                    TODAY.plusDays(dayOffset), a, m, BigDecimal.ONE, a, m, List.of(),
                    cancelled ? PurchaseStatus.CANCELLED : PurchaseStatus.ACTIVE, Optional.empty(), NOW, NOW, 1);
        }
    }

    /**
     * One customer and everything rules look at.
     *
     * @param customer the customer
     * @param tags its tags
     * @param purchases its purchases
     * @param lastContact when it was last contacted
     */
    public record CustomerData(Customer customer, List<Tag> tags, List<Purchase> purchases, Optional<Instant> lastContact) {
    }

    /** {@return a rule that passes the checker for {@link #VOCABULARY}} */
    public static Arbitrary<Rule> rules() {
        return rule(3);
    }

    private static Arbitrary<Rule> rule(int depth) {
        if (depth == 0) {
            return condition();
        }
        Arbitrary<Rule> child = Arbitraries.lazy(() -> rule(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, condition()),
                net.jqwik.api.Tuple.of(1, child.list().ofMinSize(2).ofMaxSize(3).map(AllOf::new)),
                net.jqwik.api.Tuple.of(1, child.list().ofMinSize(2).ofMaxSize(3).map(AnyOf::new)),
                net.jqwik.api.Tuple.of(1, child.map(Not::new)));
    }

    private static Arbitrary<Rule> condition() {
        return Arbitraries.oneOf(tagCondition(), RuleComparisons.attribute(), RuleComparisons.customField(),
                RuleComparisons.figure());
    }

    private static Arbitrary<Rule> tagCondition() {
        Arbitrary<String> dimension = Arbitraries.of("industry", "level", "need", "keyword");
        return dimension.flatMap(d -> {
            List<String> pool = switch (d) {
                case "industry" -> List.of("manufacturing", "services", "retail");
                case "level" -> List.of("A", "B", "C");
                case "need" -> List.of("equipment_purchase", "technical_service", "maintenance");
                default -> KEYWORDS;
            };
            boolean multi = d.equals("need") || d.equals("keyword");
            return Arbitraries.of(TagTest.values()).flatMap(test -> switch (test) {
                case HAS -> Arbitraries.of(pool).map(v -> (Rule) new TagCondition(d, test, List.of(v)));
                case IS_EMPTY -> Arbitraries.just((Rule) new TagCondition(d, test, List.of()));
                case HAS_ALL -> Arbitraries.subsetOf(pool).ofMinSize(1).ofMaxSize(multi ? 3 : 1)
                        .map(s -> (Rule) new TagCondition(d, test, List.copyOf(s)));
                default -> Arbitraries.subsetOf(pool).ofMinSize(1).map(s -> (Rule) new TagCondition(d, test, List.copyOf(s)));
            });
        });
    }

    static List<String> texts() {
        return TEXTS;
    }

    static Arbitrary<Window> windows() {
        return Arbitraries.oneOf(Arbitraries.of(CalendarWindow.values()).map(w -> (Window) w),
                Combinators.combine(Arbitraries.integers().between(1, 24),
                        Arbitraries.of(PeriodUnit.DAYS, PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS))
                        .as(TrailingWindow::new));
    }
}
