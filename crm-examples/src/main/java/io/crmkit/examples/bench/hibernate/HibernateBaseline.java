package io.crmkit.examples.bench.hibernate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.examples.bench.BenchFixture;
import io.crmkit.examples.bench.HandWrittenView;
import io.crmkit.shared.IdGenerator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate ORM baseline: the same rows as crmkit's create, and the same reads as its
 * view, through JPA entities on crmkit's tables, with JDBC batching on.
 */
public final class HibernateBaseline implements AutoCloseable {
    private static final int HISTORY = 20;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private final SessionFactory sessions;
    private final IdGenerator ids;
    private final Clock clock;
    private final ValidatorFactory validators;
    private final Validator validator;

    /**
     * Builds the session factory on the shared pool.
     *
     * @param dataSource the shared pool (auto-commit off)
     * @param ids the id generator (the benchmark passes the same kind crmkit uses)
     * @param clock the clock of the timestamps
     */
    public HibernateBaseline(DataSource dataSource, IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
        Configuration cfg = new Configuration()
                .addAnnotatedClass(CustomerEntity.class)
                .addAnnotatedClass(AuditEntryEntity.class)
                .addAnnotatedClass(OutboxEntity.class);
        cfg.getProperties().put("hibernate.connection.datasource", dataSource);
        // The pool hands out connections with auto-commit off, as it does to the other variants.
        cfg.setProperty("hibernate.connection.provider_disables_autocommit", "true");
        // Batching, as crmkit and the hand-written JDBC batch their child rows.
        cfg.setProperty("hibernate.jdbc.batch_size", "50");
        cfg.setProperty("hibernate.order_inserts", "true");
        // The history's field changes load in one query for all entries, not one per entry.
        cfg.setProperty("hibernate.default_batch_fetch_size", "32");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        // No automatic validation on persist: createFromInput validates explicitly, create does not.
        cfg.setProperty("jakarta.persistence.validation.mode", "none");
        this.sessions = cfg.buildSessionFactory();
        this.validators = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new AllReachable())
                .buildValidatorFactory();
        this.validator = validators.getValidator();
    }

    /**
     * Persists the benchmark customer with its two contacts, its audit entry with the same field
     * changes and its outbox message, in one transaction.
     *
     * @param n the number in the customer's name
     * @return the new customer's id
     */
    public UUID create(long n) {
        return create(n, "+8613812345678", "wang.wei@example.cn", "+442079460958", false);
    }

    /**
     * The same as {@link #create(long)}, but from the input as crmkit receives it: the two phone
     * numbers as typed ({@code 13812345678} with the default region CN, {@code +44 20 7946 0958})
     * are parsed, validated and formatted to E.164 with libphonenumber, the e-mail address is
     * trimmed and lower-cased, and the customer entity is checked with Bean Validation against
     * the same constraints crmkit's command carries (names, lengths, list sizes), as any
     * application storing the same values from the same input must do. The validator is
     * configured as crmkit's (no expression language, no JPA reachability lookups).
     *
     * @param n the number in the customer's name
     * @return the new customer's id
     * @throws IllegalArgumentException if a phone number is not valid
     */
    public UUID createFromInput(long n) {
        return create(n, e164("13812345678"), "wang.wei@example.cn".strip().toLowerCase(Locale.ROOT),
                e164("+44 20 7946 0958"), true);
    }

    private static String e164(String typed) {
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(typed, "CN");
            if (!PHONES.isValidNumber(parsed)) {
                throw new IllegalArgumentException("not a valid phone number: " + typed);
            }
            return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + typed, e);
        }
    }

    private UUID create(long n, String wangPhone, String wangEmail, String liPhone, boolean validate) {
        try (Session s = sessions.openSession()) {
            Transaction tx = s.beginTransaction();
            try {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                CustomerEntity c = new CustomerEntity();
                c.tenantId = BenchFixture.TENANT;
                c.id = ids.next();
                c.type = "COMPANY";
                c.name = BenchFixture.name(n);
                c.nameLower = c.name.toLowerCase(Locale.ROOT);
                c.industry = "manufacturing";
                c.region = "East China";
                c.ownerId = BenchFixture.USER;
                c.lifecycleStatus = "prospect";
                c.createdAt = now;
                c.createdBy = BenchFixture.USER;
                c.updatedAt = now;
                c.version = 1;
                ContactValue wang = new ContactValue(ids.next(), "王伟", null, wangPhone, wangEmail, true);
                ContactValue li = new ContactValue(ids.next(), "Li Na", "Engineer", liPhone, null, false);
                c.contacts.add(wang);
                c.contacts.add(li);
                if (validate) {
                    Set<ConstraintViolation<CustomerEntity>> violations = validator.validate(c);
                    if (!violations.isEmpty()) {
                        throw new IllegalArgumentException("invalid customer: " + violations);
                    }
                }
                s.persist(c);

                AuditEntryEntity e = new AuditEntryEntity();
                e.tenantId = BenchFixture.TENANT;
                e.id = ids.next();
                e.entityType = "customer";
                e.entityId = c.id.toString();
                e.action = "customer.created";
                e.actorId = BenchFixture.USER;
                e.occurredAt = now;
                String p1 = "contacts[" + wang.id + "]";
                String p2 = "contacts[" + li.id + "]";
                e.changes.add(new FieldChangeValue("details.type", "COMPANY"));
                e.changes.add(new FieldChangeValue("details.name", c.name));
                e.changes.add(new FieldChangeValue("details.industry", "manufacturing"));
                e.changes.add(new FieldChangeValue("details.region", "East China"));
                e.changes.add(new FieldChangeValue("owner", BenchFixture.USER));
                e.changes.add(new FieldChangeValue("lifecycleStatus", "prospect"));
                e.changes.add(new FieldChangeValue(p1 + ".name", wang.name));
                e.changes.add(new FieldChangeValue(p1 + ".phone", wang.phone));
                e.changes.add(new FieldChangeValue(p1 + ".email", wang.email));
                e.changes.add(new FieldChangeValue(p1 + ".primary", "true"));
                e.changes.add(new FieldChangeValue(p2 + ".name", li.name));
                e.changes.add(new FieldChangeValue(p2 + ".title", li.title));
                e.changes.add(new FieldChangeValue(p2 + ".phone", li.phone));
                e.changes.add(new FieldChangeValue(p2 + ".primary", "false"));
                s.persist(e);

                OutboxEntity o = new OutboxEntity();
                o.tenantId = BenchFixture.TENANT;
                o.id = ids.next();
                o.aggregateType = "customer";
                o.aggregateId = c.id.toString();
                o.eventType = "CustomerCreated";
                o.payload = "{\"customerId\":\"" + c.id + "\",\"at\":\"" + now
                        + "\",\"revision\":1,\"lifecycleStatus\":\"prospect\",\"owner\":\"" + BenchFixture.USER + "\"}";
                o.occurredAt = now;
                o.status = "PENDING";
                o.availableAt = now;
                s.persist(o);
                tx.commit();
                return c.id;
            } catch (RuntimeException ex) {
                tx.rollback();
                throw ex;
            }
        }
    }

    /**
     * Loads the customer entity with its contacts, need tags and custom fields, and its newest
     * 20 audit entries with their field changes (one more is read to know whether there are
     * more, as crmkit does for its next-page cursor), the way a Hibernate user would write it.
     *
     * @param id the customer
     * @return the loaded entities
     */
    public Loaded view(UUID id) {
        try (Session s = sessions.openSession()) {
            Transaction tx = s.beginTransaction();
            try {
                CustomerEntity c = s.find(CustomerEntity.class, new CustomerKey(BenchFixture.TENANT, id));
                Hibernate.initialize(c.contacts);
                Hibernate.initialize(c.needTags);
                Hibernate.initialize(c.customFields);
                List<AuditEntryEntity> history = s.createQuery("from AuditEntryEntity e where e.tenantId = :tenant"
                                + " and e.entityType = 'customer' and e.entityId = :id"
                                + " order by e.occurredAt desc, e.id desc", AuditEntryEntity.class)
                        .setParameter("tenant", BenchFixture.TENANT)
                        .setParameter("id", id.toString())
                        .setMaxResults(HISTORY + 1)
                        .getResultList();
                boolean more = history.size() > HISTORY;
                List<AuditEntryEntity> shown = more ? history.subList(0, HISTORY) : history;
                for (AuditEntryEntity e : shown) {
                    Hibernate.initialize(e.changes);
                }
                tx.commit();
                return new Loaded(c, shown, more);
            } catch (RuntimeException ex) {
                tx.rollback();
                throw ex;
            }
        }
    }

    /**
     * What {@link #view(UUID)} loaded: detached, fully initialised entities.
     */
    public static final class Loaded {
        private final CustomerEntity customer;
        private final List<AuditEntryEntity> history;
        private final boolean more;

        Loaded(CustomerEntity customer, List<AuditEntryEntity> history, boolean more) {
            this.customer = customer;
            this.history = history;
            this.more = more;
        }

        /** {@return whether the customer has older audit entries than those loaded} */
        public boolean hasMoreHistory() {
            return more;
        }

        /**
         * The loaded values as the hand-written baseline's rows, for comparing the variants
         * (not used while measuring).
         *
         * @return the rows
         */
        public HandWrittenView.View toRows() {
            CustomerEntity c = customer;
            HandWrittenView.CustomerRow row = new HandWrittenView.CustomerRow(c.id, c.type, c.name, c.industry,
                    c.sizeBand, c.region, c.source, c.addressCountry, c.addressProvince, c.addressCity,
                    c.addressDistrict, c.addressStreet, c.addressPostalCode, c.remarks, c.ownerId, c.lifecycleStatus,
                    c.createdAt, c.createdBy, c.updatedAt, c.version);
            List<HandWrittenView.ContactRow> contacts = c.contacts.stream().map(k -> new HandWrittenView.ContactRow(k.id,
                    k.name, k.title, k.department, k.phone, k.email, k.preferredChannel, k.relation, k.roles, k.primary))
                    .toList();
            List<HandWrittenView.FieldRow> fields = c.customFields.stream().map(f -> new HandWrittenView.FieldRow(f.key,
                    f.type, f.text, f.number, f.currency, f.date, f.timestamp, f.bool)).toList();
            List<HandWrittenView.AuditRow> entries = history.stream().map(e -> new HandWrittenView.AuditRow(e.id,
                    e.action, e.actorId, e.occurredAt, e.changes.stream().map(f -> new HandWrittenView.ChangeRow(f.field,
                            f.before, f.after)).toList())).toList();
            return new HandWrittenView.View(row, contacts, List.copyOf(c.needTags), fields, entries);
        }
    }

    @Override
    public void close() {
        validators.close();
        sessions.close();
    }
}
