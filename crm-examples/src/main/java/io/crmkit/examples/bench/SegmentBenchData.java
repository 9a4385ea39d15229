package io.crmkit.examples.bench;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.PurchaseStatus;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.eval.SegmentFacts;
import io.crmkit.segment.rule.RuleChecker;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.segment.rule.RuleVocabulary;
import io.crmkit.shared.Money;
import io.crmkit.shared.UserId;
import io.crmkit.tag.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The data and the rule of the segment benchmarks ({@link SegmentBenchmark} in memory,
 * {@link SegmentSqlBenchmark} on PostgreSQL): the sample configuration plus the custom field
 * {@code years_of_cooperation}, the five-clause rule {@link #RULE} evaluated at {@link #NOW} in
 * {@link #ZONE}, and deterministic pseudo-random customers. Customer {@code i} is generated
 * from a generator seeded with {@link #SEED} and {@code i} alone, so any customer can be
 * regenerated on its own, in any order, with the same values in memory and in the database.
 *
 * <p>The spread (about 2 % of the customers match the rule):
 * <ul>
 *   <li>tag {@code industry} on 90 % (manufacturing 40 % of those, the other four values
 *       equally), {@code intent} on 80 % (its three values equally), {@code level} on 70 %,
 *       zero to two values of {@code need};</li>
 *   <li>{@code years_of_cooperation} on 90 %, 0 to 20;</li>
 *   <li>0 to 6 purchases, dated in the last two years, amounts 2,000 to 120,000 CNY
 *       (log-uniform, with cents), margins 20 % of the amount, one in 20 cancelled;</li>
 *   <li>last contact within the last 90 days for 90 %, within the last two years for 5 %,
 *       never for 5 %.</li>
 * </ul>
 */
public final class SegmentBenchData {
    /** The rule every variant evaluates. */
    public static final String RULE = "tag(industry) = \"manufacturing\""
            + " and tag(intent) in (\"high_intent\", \"long_term_partner\")"
            + " and custom(years_of_cooperation) >= 3"
            + " and spend(12 months) >= 100000 CNY"
            + " and lastContact older than 30 days";
    /** The configuration: the sample one plus the custom field the rule names. */
    public static final String CONFIGURATION = """
            customFields:
              - key: years_of_cooperation
                type: INTEGER
                min: 0
                max: 100
            """;
    /** When the rule is evaluated. */
    public static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    /** The deployment's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The seed of the data. */
    public static final long SEED = 20261123L;

    static final String[] INDUSTRIES = {"manufacturing", "services", "retail", "technology", "other"};
    static final String[] INTENTS = {"high_intent", "long_term_partner", "prospect"};
    static final String[] LEVELS = {"A", "B", "C"};
    static final String[] NEEDS = {"equipment_purchase", "technical_service", "maintenance", "consulting"};
    private static final long NOW_MICROS = NOW.getEpochSecond() * 1_000_000L;
    private static final long DAY_MICROS = 86_400_000_000L;
    private static final long TWO_DAYS_YEARS = 730;
    private static final double MIN_AMOUNT_LOG = Math.log(2_000);
    private static final double MAX_AMOUNT_LOG = Math.log(120_000);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final UserId OWNER = UserId.of(BenchFixture.USER);

    private final CrmConfiguration configuration;
    private final RuleVocabulary vocabulary;
    private final BoundRule bound;
    private final FactsLayout layout;

    /** Parses the configuration, then parses, checks and binds the rule. */
    public SegmentBenchData() {
        configuration = CrmConfiguration.parse(CONFIGURATION);
        vocabulary = RuleVocabulary.of(configuration);
        var parsed = RuleText.parseWithPositions(RULE);
        RuleChecker.check(parsed, vocabulary, RuleLimits.defaults());
        bound = new BoundRule(parsed.rule(), vocabulary, new EvaluationTime(NOW, ZONE));
        layout = new FactsLayout(vocabulary);
    }

    /** {@return the configuration} */
    public CrmConfiguration configuration() {
        return configuration;
    }

    /** {@return the rule, checked and bound to its vocabulary and {@link #NOW}} */
    public BoundRule bound() {
        return bound;
    }

    /** {@return the facts layout of the vocabulary} */
    public FactsLayout layout() {
        return layout;
    }

    /**
     * Generates one customer.
     *
     * @param i its number, from 0
     * @return its values
     */
    public static Row row(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + i);
        // Time-ordered like crmkit's ids: the most significant half grows with i (and stays
        // positive, so Java's signed comparison and PostgreSQL's byte order agree).
        java.util.UUID id = new java.util.UUID(0x0190_0000_0000_7000L | ((long) i << 16), 0x8000_0000_0000_0000L | i);
        String industry = r.nextInt(10) < 9 ? (r.nextInt(10) < 4 ? INDUSTRIES[0] : INDUSTRIES[1 + r.nextInt(4)]) : null;
        String intent = r.nextInt(10) < 8 ? INTENTS[r.nextInt(3)] : null;
        String level = r.nextInt(10) < 7 ? LEVELS[r.nextInt(3)] : null;
        int needs = r.nextInt(3);
        List<String> need = new ArrayList<>(2);
        int first = r.nextInt(NEEDS.length);
        for (int k = 0; k < needs; k++) {
            need.add(NEEDS[(first + k) % NEEDS.length]);
        }
        int years = r.nextInt(10) < 9 ? r.nextInt(21) : -1;
        int n = r.nextInt(7);
        int today = (int) LocalDate.ofInstant(NOW, ZONE).toEpochDay();
        int[] days = new int[n];
        long[] cents = new long[n];
        boolean[] cancelled = new boolean[n];
        for (int k = 0; k < n; k++) {
            days[k] = today - r.nextInt((int) TWO_DAYS_YEARS);
            double yuan = Math.exp(MIN_AMOUNT_LOG + r.nextDouble() * (MAX_AMOUNT_LOG - MIN_AMOUNT_LOG));
            cents[k] = Math.round(yuan * 100);
            cancelled[k] = r.nextInt(20) == 0;
        }
        int contact = r.nextInt(20);
        long lastContact = contact < 18 ? NOW_MICROS - r.nextLong(90 * DAY_MICROS)
                : contact == 18 ? NOW_MICROS - r.nextLong(TWO_DAYS_YEARS * DAY_MICROS) : Long.MIN_VALUE;
        return new Row(i, id, industry, intent, level, need, years, days, cents, cancelled, lastContact);
    }

    /**
     * Builds a customer's facts as crmkit would from its stored customer, tags and purchases.
     *
     * @param row the customer's values
     * @return its facts
     */
    public SegmentFacts facts(Row row) {
        CustomerId id = new CustomerId(row.id());
        CustomerDetails.Builder details = CustomerDetails.builder().type(CustomerType.COMPANY).name(row.name())
                .industry(row.industry() == null ? "other" : row.industry());
        if (row.years() >= 0) {
            details.customField("years_of_cooperation", new CustomFieldValue.Whole(row.years()));
        }
        Instant created = row.created();
        Customer customer = new Customer(id, details.build(), List.of(new Contact(new ContactId(row.id()), "王伟",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), true)), OWNER, "prospect", created, OWNER, created, 1);
        List<Tag> tags = new ArrayList<>(5);
        row.tags().forEach(t -> tags.add(Tag.of(t[0], t[1])));
        List<Purchase> purchases = new ArrayList<>(row.purchaseDays().length);
        for (int k = 0; k < row.purchaseDays().length; k++) {
            Money amount = Money.of(row.amount(k), CNY);
            Money margin = Money.of(row.margin(k), CNY);
            purchases.add(new Purchase(new PurchaseId(row.purchaseId(k)), id, row.orderReference(k),
                    LocalDate.ofEpochDay(row.purchaseDays()[k]), amount, Optional.of(margin), BigDecimal.ONE, amount,
                    Optional.of(margin), List.of(), row.cancelled()[k] ? PurchaseStatus.CANCELLED : PurchaseStatus.ACTIVE,
                    Optional.empty(), created, created, 1));
        }
        return layout.facts(customer, tags, purchases, row.lastContact());
    }

    /**
     * Builds the facts of customers {@code 0} to {@code count - 1}.
     *
     * @param count how many
     * @return their facts, in order
     */
    public SegmentFacts[] facts(int count) {
        SegmentFacts[] facts = new SegmentFacts[count];
        for (int i = 0; i < count; i++) {
            facts[i] = facts(row(i));
        }
        return facts;
    }

    /**
     * One generated customer.
     *
     * @param number its number
     * @param id its id
     * @param industry its {@code industry} tag, or {@code null}
     * @param intent its {@code intent} tag, or {@code null}
     * @param level its {@code level} tag, or {@code null}
     * @param need its {@code need} tags
     * @param years its {@code years_of_cooperation}, or -1 for none
     * @param purchaseDays its purchases' dates as epoch days
     * @param purchaseCents their amounts in fen (CNY cents)
     * @param cancelled which of them are cancelled
     * @param lastContactMicros when it was last contacted, in microseconds since the epoch, or
     *     {@link Long#MIN_VALUE} for never
     */
    public record Row(int number, java.util.UUID id, String industry, String intent, String level, List<String> need,
                      int years, int[] purchaseDays, long[] purchaseCents, boolean[] cancelled, long lastContactMicros) {

        /** {@return the customer's name} */
        public String name() {
            return "客户 " + number;
        }

        /** {@return when the customer was created (three years before {@link #NOW}, one second apart)} */
        public Instant created() {
            return NOW.minusSeconds(3L * 365 * 86_400 - number);
        }

        /** {@return the tags as {dimension, value} pairs} */
        public List<String[]> tags() {
            List<String[]> tags = new ArrayList<>(5);
            if (industry != null) {
                tags.add(new String[] {"industry", industry});
            }
            if (intent != null) {
                tags.add(new String[] {"intent", intent});
            }
            if (level != null) {
                tags.add(new String[] {"level", level});
            }
            for (String v : need) {
                tags.add(new String[] {"need", v});
            }
            return tags;
        }

        /**
         * A purchase's amount.
         *
         * @param k its position
         * @return the amount in CNY
         */
        public BigDecimal amount(int k) {
            return BigDecimal.valueOf(purchaseCents[k], 2);
        }

        /**
         * A purchase's margin.
         *
         * @param k its position
         * @return 20 % of the amount, in whole fen
         */
        public BigDecimal margin(int k) {
            return BigDecimal.valueOf(purchaseCents[k] / 5, 2);
        }

        /**
         * A purchase's id.
         *
         * @param k its position
         * @return an id unique over all customers
         */
        public java.util.UUID purchaseId(int k) {
            return new java.util.UUID(0x0191_0000_0000_7000L | ((long) number << 16), 0x8000_0000_0000_0000L
                    | ((long) number << 3) | k);
        }

        /**
         * A purchase's order reference.
         *
         * @param k its position
         * @return a reference unique over all customers
         */
        public String orderReference(int k) {
            return "SO-" + number + "-" + k;
        }

        /** {@return when the customer was last contacted, if ever} */
        public Optional<Instant> lastContact() {
            return lastContactMicros == Long.MIN_VALUE ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(Math.floorDiv(lastContactMicros, 1_000_000L),
                            Math.floorMod(lastContactMicros, 1_000_000L) * 1000L));
        }
    }
}
