package io.crmkit.examples.bench.hibernate;

import io.crmkit.examples.bench.BenchFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The Hibernate ORM baseline: the same rows as crmkit's create, and the same reads as its
 * view, through JPA entities on crmkit's tables, with JDBC batching on.
 */
public final class HibernateBaseline implements AutoCloseable {
    private final SessionFactory sessions;

    /**
     * Builds the session factory on the shared pool.
     *
     * @param dataSource the shared pool
     */
    public HibernateBaseline(DataSource dataSource) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(CustomerEntity.class)
                .addAnnotatedClass(AuditEntryEntity.class)
                .addAnnotatedClass(OutboxEntity.class);
        cfg.getProperties().put("hibernate.connection.datasource", dataSource);
        cfg.setProperty("hibernate.jdbc.batch_size", "50");
        cfg.setProperty("hibernate.order_inserts", "true");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        // Entity validation is not part of the work being compared.
        cfg.setProperty("jakarta.persistence.validation.mode", "none");
        cfg.setProperty("hibernate.connection.provider_disables_autocommit", "true");
        this.sessions = cfg.buildSessionFactory();
    }

    /**
     * Persists a customer with two contacts, its audit entry and outbox message in one transaction.
     *
     * @param n a number making the name unique
     * @return the new id
     */
    public UUID create(long n) {
        try (Session s = sessions.openSession()) {
            s.beginTransaction();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            CustomerEntity c = new CustomerEntity();
            c.tenantId = BenchFixture.TENANT;
            c.id = UUID.randomUUID();
            c.type = "COMPANY";
            c.name = "华东精密机械 " + n;
            c.nameLower = c.name.toLowerCase(java.util.Locale.ROOT);
            c.industry = "manufacturing";
            c.region = "East China";
            c.ownerId = BenchFixture.USER;
            c.createdBy = BenchFixture.USER;
            c.lifecycleStatus = "prospect";
            c.createdAt = now;
            c.updatedAt = now;
            ContactValue wang = new ContactValue("王伟", null, "+8613812345678", "wang.wei@example.cn", true);
            ContactValue li = new ContactValue("Li Na", "Engineer", "+442079460958", null, false);
            c.contacts.add(wang);
            c.contacts.add(li);
            s.persist(c);

            AuditEntryEntity e = new AuditEntryEntity();
            e.tenantId = BenchFixture.TENANT;
            e.id = UUID.randomUUID();
            e.entityType = "customer";
            e.entityId = c.id.toString();
            e.action = "customer.created";
            e.actorId = BenchFixture.USER;
            e.occurredAt = now;
            String p1 = "contacts[" + wang.id + "]";
            String p2 = "contacts[" + li.id + "]";
            for (String[] change : List.of(new String[] {"details.type", "COMPANY"}, new String[] {"details.name", c.name},
                    new String[] {"details.industry", "manufacturing"}, new String[] {"details.region", "East China"},
                    new String[] {"owner", BenchFixture.USER}, new String[] {"lifecycleStatus", "prospect"},
                    new String[] {p1 + ".name", "王伟"}, new String[] {p1 + ".phone", "+8613812345678"},
                    new String[] {p1 + ".email", "wang.wei@example.cn"}, new String[] {p1 + ".primary", "true"},
                    new String[] {p2 + ".name", "Li Na"}, new String[] {p2 + ".title", "Engineer"},
                    new String[] {p2 + ".phone", "+442079460958"}, new String[] {p2 + ".primary", "false"})) {
                e.changes.add(new FieldChangeValue(change[0], change[1]));
            }
            s.persist(e);

            OutboxEntity o = new OutboxEntity();
            o.tenantId = BenchFixture.TENANT;
            o.id = UUID.randomUUID();
            o.aggregateType = "customer";
            o.aggregateId = c.id.toString();
            o.eventType = "CustomerCreated";
            o.payload = "{\"customerId\":\"" + c.id + "\",\"at\":\"" + now + "\",\"lifecycleStatus\":\"prospect\",\"owner\":\""
                    + BenchFixture.USER + "\"}";
            o.occurredAt = now;
            o.availableAt = now;
            o.status = "PENDING";
            s.persist(o);
            s.getTransaction().commit();
            return c.id;
        }
    }

    /**
     * Loads the customer with contacts, need tags and custom fields, and the newest 20
     * audit entries with their changes.
     *
     * @param id the customer
     * @return the number of things read, so the work cannot be optimised away
     */
    public int view(UUID id) {
        try (Session s = sessions.openSession()) {
            s.beginTransaction();
            CustomerEntity c = s.find(CustomerEntity.class, new CustomerKey(BenchFixture.TENANT, id));
            int read = c.contacts.size() + c.needTags.size() + c.customFields.size();
            List<AuditEntryEntity> history = s.createQuery("from AuditEntryEntity e where e.tenantId = :t"
                            + " and e.entityType = 'customer' and e.entityId = :id order by e.occurredAt desc, e.id desc",
                            AuditEntryEntity.class)
                    .setParameter("t", BenchFixture.TENANT)
                    .setParameter("id", id.toString())
                    .setMaxResults(21)
                    .getResultList();
            for (AuditEntryEntity e : history) {
                read += e.changes.size();
            }
            s.getTransaction().commit();
            return read + c.name.length();
        }
    }

    @Override
    public void close() {
        sessions.close();
    }
}
