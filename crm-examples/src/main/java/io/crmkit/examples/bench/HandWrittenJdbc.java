package io.crmkit.examples.bench;

import io.crmkit.shared.IdGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline "practical limit": the statements crmkit issues for a create and a view,
 * hand-written with plain JDBC on the same tables, in one transaction on the shared pool,
 * sent as crmkit sends them: on PostgreSQL a create's statements as one text (one
 * execution), on H2 one by one, batching where crmkit batches (contacts, audit field
 * changes). The values arrive already
 * normalised (phone numbers in E.164), so there is no validation, phone parsing, access
 * check, audit diffing or JSON library: only the statements and their parameters. Ids come
 * from the same kind of time-ordered generator crmkit uses, so index inserts cost the same.
 */
public final class HandWrittenJdbc {
    static final String INSERT_CUSTOMER = "INSERT INTO customer (tenant_id, id, customer_type, name, name_lower,"
            + " industry, size_band, region, source, address_country, address_province, address_city, address_district,"
            + " address_street, address_postal_code, remarks, owner_id, lifecycle_status, created_at, created_by,"
            + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CONTACT = "INSERT INTO customer_contact (tenant_id, customer_id, id, position, name,"
            + " title, department, phone, email, preferred_channel, relation, roles, is_primary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_AUDIT = "INSERT INTO audit_entry (tenant_id, id, entity_type, entity_id, action,"
            + " actor_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CHANGE = "INSERT INTO audit_field_change (tenant_id, entry_id, position, field,"
            + " before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_OUTBOX = "INSERT INTO outbox_message (tenant_id, id, aggregate_type, aggregate_id,"
            + " event_type, payload, occurred_at, status, attempts, available_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final int HISTORY = 20;

    private final DataSource dataSource;
    private final boolean asOneText;
    private final IdGenerator ids;
    private final Clock clock;

    /**
     * Creates the baseline.
     *
     * @param dataSource the shared pool (auto-commit off)
     * @param asOneText whether a create's statements go as one text (crmkit does so on PostgreSQL)
     * @param ids the id generator (the benchmark passes the same kind crmkit uses)
     * @param clock the clock of the timestamps
     */
    public HandWrittenJdbc(DataSource dataSource, boolean asOneText, IdGenerator ids, Clock clock) {
        this.dataSource = dataSource;
        this.asOneText = asOneText;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Writes the benchmark customer with its two contacts, its audit entry with the field
     * changes crmkit records for it, and its outbox message, in one transaction.
     *
     * @param n the number in the customer's name
     * @return the new customer's id
     * @throws SQLException if the database fails
     */
    public UUID create(long n) throws SQLException {
        NewRows rows = rows(n);
        try (Connection c = dataSource.getConnection()) {
            try {
                if (asOneText) {
                    createAsOneText(c, rows);
                } else {
                    createStatementByStatement(c, rows);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return rows.id;
    }

    private static void createStatementByStatement(Connection c, NewRows rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CUSTOMER)) {
            bindCustomer(ps, 0, rows);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_CONTACT)) {
            for (int i = 0; i < rows.contacts.size(); i++) {
                bindContact(ps, 0, rows, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_AUDIT)) {
            bindAudit(ps, 0, rows);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGE)) {
            for (int i = 0; i < rows.changes.size(); i++) {
                bindChange(ps, 0, rows, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_OUTBOX)) {
            bindOutbox(ps, 0, rows);
            ps.executeUpdate();
        }
    }

    /** The same statements as one text, one execution: what crmkit sends to PostgreSQL. */
    private static void createAsOneText(Connection c, NewRows rows) throws SQLException {
        StringBuilder text = new StringBuilder(INSERT_CUSTOMER);
        for (int i = 0; i < rows.contacts.size(); i++) {
            text.append(";\n").append(INSERT_CONTACT);
        }
        text.append(";\n").append(INSERT_AUDIT);
        for (int i = 0; i < rows.changes.size(); i++) {
            text.append(";\n").append(INSERT_CHANGE);
        }
        text.append(";\n").append(INSERT_OUTBOX);
        try (PreparedStatement ps = c.prepareStatement(text.toString())) {
            int at = bindCustomer(ps, 0, rows);
            for (int i = 0; i < rows.contacts.size(); i++) {
                at = bindContact(ps, at, rows, i);
            }
            at = bindAudit(ps, at, rows);
            for (int i = 0; i < rows.changes.size(); i++) {
                at = bindChange(ps, at, rows, i);
            }
            bindOutbox(ps, at, rows);
            ps.executeUpdate();
        }
    }

    /**
     * Stores many benchmark customers quickly, for the read benchmarks: the same rows as
     * {@link #create(long)} writes for each, in transactions of {@code perTransaction}
     * customers with one batch per table.
     *
     * @param from the number in the first customer's name
     * @param count how many customers
     * @param perTransaction customers per transaction
     * @return their ids, in order
     * @throws SQLException if the database fails
     */
    public List<UUID> populate(long from, int count, int perTransaction) throws SQLException {
        List<UUID> created = new ArrayList<>(count);
        try (Connection c = dataSource.getConnection()) {
            for (int done = 0; done < count; ) {
                List<NewRows> chunk = new ArrayList<>();
                for (int i = 0; i < perTransaction && done < count; i++, done++) {
                    chunk.add(rows(from + done));
                }
                try (PreparedStatement customer = c.prepareStatement(INSERT_CUSTOMER);
                     PreparedStatement contact = c.prepareStatement(INSERT_CONTACT);
                     PreparedStatement audit = c.prepareStatement(INSERT_AUDIT);
                     PreparedStatement change = c.prepareStatement(INSERT_CHANGE);
                     PreparedStatement outbox = c.prepareStatement(INSERT_OUTBOX)) {
                    for (NewRows rows : chunk) {
                        bindCustomer(customer, 0, rows);
                        customer.addBatch();
                        for (int i = 0; i < rows.contacts.size(); i++) {
                            bindContact(contact, 0, rows, i);
                            contact.addBatch();
                        }
                        bindAudit(audit, 0, rows);
                        audit.addBatch();
                        for (int i = 0; i < rows.changes.size(); i++) {
                            bindChange(change, 0, rows, i);
                            change.addBatch();
                        }
                        bindOutbox(outbox, 0, rows);
                        outbox.addBatch();
                        created.add(rows.id);
                    }
                    customer.executeBatch();
                    contact.executeBatch();
                    audit.executeBatch();
                    change.executeBatch();
                    outbox.executeBatch();
                }
                c.commit();
            }
        }
        return created;
    }

    /** The values of one new customer's rows, computed the way crmkit computes them. */
    private NewRows rows(long n) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = ids.next();
        List<BenchFixture.ContactValues> contacts = BenchFixture.contacts(ids);
        String name = BenchFixture.name(n);
        UUID entry = ids.next();
        UUID message = ids.next();
        return new NewRows(id, name, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), contacts,
                BenchFixture.createdChanges(name, contacts), entry, message,
                BenchFixture.createdPayload(id, now));
    }

    // Each binder binds one row's parameters after the first "at" ones and returns the new count.

    private static int bindCustomer(PreparedStatement ps, int at, NewRows r) throws SQLException {
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setObject(at + 2, r.id);
        ps.setString(at + 3, BenchFixture.TYPE);
        ps.setString(at + 4, r.name);
        ps.setString(at + 5, r.name.toLowerCase(Locale.ROOT));
        ps.setString(at + 6, BenchFixture.INDUSTRY);
        ps.setNull(at + 7, Types.VARCHAR);
        ps.setString(at + 8, BenchFixture.REGION);
        for (int i = 9; i <= 16; i++) {
            ps.setNull(at + i, Types.VARCHAR);
        }
        ps.setString(at + 17, BenchFixture.USER);
        ps.setString(at + 18, BenchFixture.STATUS);
        ps.setObject(at + 19, r.now);
        ps.setString(at + 20, BenchFixture.USER);
        ps.setObject(at + 21, r.now);
        ps.setLong(at + 22, 1);
        return at + 22;
    }

    private static int bindContact(PreparedStatement ps, int at, NewRows r, int position) throws SQLException {
        BenchFixture.ContactValues k = r.contacts.get(position);
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setObject(at + 2, r.id);
        ps.setObject(at + 3, k.id());
        ps.setInt(at + 4, position);
        ps.setString(at + 5, k.name());
        text(ps, at + 6, k.title());
        ps.setNull(at + 7, Types.VARCHAR);
        ps.setString(at + 8, k.phoneE164());
        text(ps, at + 9, k.email());
        ps.setNull(at + 10, Types.VARCHAR);
        ps.setNull(at + 11, Types.VARCHAR);
        ps.setString(at + 12, "");
        ps.setBoolean(at + 13, k.primary());
        return at + 13;
    }

    private static int bindAudit(PreparedStatement ps, int at, NewRows r) throws SQLException {
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setObject(at + 2, r.entry);
        ps.setString(at + 3, "customer");
        ps.setString(at + 4, r.id.toString());
        ps.setString(at + 5, "customer.created");
        ps.setString(at + 6, BenchFixture.USER);
        ps.setObject(at + 7, r.now);
        return at + 7;
    }

    private static int bindChange(PreparedStatement ps, int at, NewRows r, int position) throws SQLException {
        String[] change = r.changes.get(position);
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setObject(at + 2, r.entry);
        ps.setInt(at + 3, position);
        ps.setString(at + 4, change[0]);
        ps.setNull(at + 5, Types.VARCHAR);
        ps.setString(at + 6, change[1]);
        return at + 6;
    }

    private static int bindOutbox(PreparedStatement ps, int at, NewRows r) throws SQLException {
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setObject(at + 2, r.message);
        ps.setString(at + 3, "customer");
        ps.setString(at + 4, r.id.toString());
        ps.setString(at + 5, "CustomerCreated");
        ps.setString(at + 6, r.payload);
        ps.setObject(at + 7, r.now);
        ps.setString(at + 8, "PENDING");
        ps.setObject(at + 9, r.now);
        return at + 9;
    }

    private static void text(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    /**
     * Reads what crmkit's view reads, with the same statements: the customer row, its contacts,
     * need tags and custom field values, and the newest 20 audit entries with their field
     * changes, into plain records (no domain objects, no validation).
     *
     * @param id the customer
     * @return what was read
     * @throws SQLException if the database fails or there is no such customer
     */
    public HandWrittenView.View view(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                HandWrittenView.View view = asOneText ? HandWrittenViewReader.readInTwoTexts(c, id, HISTORY)
                        : HandWrittenViewReader.readStatementByStatement(c, id, HISTORY);
                c.commit();
                return view;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The values of one customer's new rows. */
    private static final class NewRows {
        final UUID id;
        final String name;
        final OffsetDateTime now;
        final List<BenchFixture.ContactValues> contacts;
        final List<String[]> changes;
        final UUID entry;
        final UUID message;
        final String payload;

        NewRows(UUID id, String name, OffsetDateTime now, List<BenchFixture.ContactValues> contacts,
                List<String[]> changes, UUID entry, UUID message, String payload) {
            this.id = id;
            this.name = name;
            this.now = now;
            this.contacts = contacts;
            this.changes = changes;
            this.entry = entry;
            this.message = message;
            this.payload = payload;
        }
    }
}
