package io.crmkit.kit.service;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.purchase.ExchangeRates;
import io.crmkit.shared.IdGenerator;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.TimeOrderedIdGenerator;
import io.crmkit.kit.MovableClock;
import io.crmkit.storage.Storage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Test data and wiring for the service contracts: a {@link Crm} over the adapter under test
 * with a configuration that has one custom field of every type, an id generator that
 * remembers what it issued, and sessions in fresh tenants.
 */
public final class ServiceFixtures {
    /** The configuration the service contracts run with: one custom field of each type, four tag dimensions (one open). */
    public static final String CONFIGURATION = """
            customFields:
              - {key: source, type: SINGLE_CHOICE, options: [exhibition, referral, website]}
              - {key: channels, type: MULTI_CHOICE, options: [phone, email, visit]}
              - {key: years, type: INTEGER, min: 0, max: 100}
              - {key: rating, type: DECIMAL, min: 0, max: 5}
              - {key: credit_limit, type: MONEY, currency: CNY, min: 0}
              - {key: first_order, type: DATE}
              - {key: last_audit, type: DATE_TIME}
              - {key: vip, type: BOOLEAN}
              - {key: slogan, type: TEXT, maxLength: 40}
              - {key: history, type: LONG_TEXT}
            tags:
              - {key: industry, values: [manufacturing, services, retail]}
              - {key: level, values: [A, B, C]}
              - {key: need, multiValued: true, values: [equipment_purchase, technical_service, maintenance]}
              - {key: keyword, multiValued: true}
            """;

    /** The exchange rates the service contracts run with: 1 USD = 7.1 CNY on every date; no other rate. */
    public static final ExchangeRates RATES = (from, to, on) ->
            from.getCurrencyCode().equals("USD") && to.getCurrencyCode().equals("CNY")
                    ? Optional.of(new BigDecimal("7.1")) : Optional.empty();

    /** The instant the fixtures' clock starts at: 2026-11-23T08:00:00Z (16:00 in Asia/Shanghai). */
    public static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private final List<UUID> issued = new CopyOnWriteArrayList<>();
    private final Crm crm;

    /**
     * Wires crmkit over a storage.
     *
     * @param storage the adapter under test; not closed by these fixtures
     */
    public ServiceFixtures(Storage storage) {
        // A fixed clock makes every timestamp equal, so order falls to the ids: time-ordered
        // ids keep "newest first" meaningful, as the default generator does in production.
        this(storage, Clock.fixed(START, ZoneOffset.UTC), OrgDirectory.none());
    }

    /**
     * Wires crmkit over a storage with a clock and an organisation chart of the test's choosing.
     *
     * @param storage the adapter under test; not closed by these fixtures
     * @param clock the clock, e.g. a {@link MovableClock} to let time pass
     * @param directory managers and teams
     */
    public ServiceFixtures(Storage storage, Clock clock, OrgDirectory directory) {
        IdGenerator ordered = new TimeOrderedIdGenerator(clock);
        this.crm = Crm.builder()
                .storage(storage)
                .clock(clock)
                .idGenerator(() -> {
                    UUID id = ordered.next();
                    issued.add(id);
                    return id;
                })
                .configuration(CrmConfiguration.parse(CONFIGURATION))
                .exchangeRates(RATES)
                .directory(directory)
                .build();
    }

    /** {@return the wired instance} */
    public Crm crm() {
        return crm;
    }

    /** {@return every id the generator has issued so far} */
    public List<UUID> issuedIds() {
        return List.copyOf(issued);
    }

    /** {@return a tenant no other test uses} */
    public static TenantId freshTenant() {
        return TenantId.of("t" + UUID.randomUUID().toString().replace("-", ""));
    }

    /**
     * A sales rep's session in English.
     *
     * @param tenant the tenant
     * @param user the user id
     * @return the session
     */
    public CrmSession rep(TenantId tenant, String user) {
        return crm.session(tenant, Principal.user(user, RoleName.SALES_REP), Locale.ENGLISH);
    }

    /**
     * An administrator's session in English.
     *
     * @param tenant the tenant
     * @return the session
     */
    public CrmSession admin(TenantId tenant) {
        return crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH);
    }

    /**
     * Reads a keyset listing to its end.
     *
     * @param size the page size
     * @param listing reads one page
     * @param <T> the item type
     * @return every item, pages concatenated in order
     */
    public static <T> List<T> allPages(int size, Function<PageRequest, Page<T>> listing) {
        List<T> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<T> page = listing.apply(new PageRequest(size, cursor));
            if (page.items().size() > size) {
                throw new AssertionError("a page of " + page.items().size() + " items for a page size of " + size);
            }
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    /** {@return a valid company profile} */
    public static CustomerDetails.Builder company() {
        return CustomerDetails.builder().type(CustomerType.COMPANY).name("华东精密机械有限公司").industry("manufacturing");
    }

    /**
     * A valid new customer with two contacts.
     *
     * @param name the name
     * @return the command
     */
    public static NewCustomer newCustomer(String name) {
        return new NewCustomer(company().name(name).region("east").build(), List.of(
                NewContact.of("王伟", "13812345678").withEmail("wang.wei@example.cn").asPrimary(),
                NewContact.of("Li Na", "+44 20 7946 0958").withTitle("Purchasing manager")));
    }
}
