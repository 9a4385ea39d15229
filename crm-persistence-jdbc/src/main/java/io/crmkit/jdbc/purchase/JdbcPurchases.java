package io.crmkit.jdbc.purchase;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.PurchaseLine;
import io.crmkit.purchase.PurchaseStatus;
import io.crmkit.purchase.Purchases;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Purchases} on {@code purchase} and {@code purchase_line}. */
final class JdbcPurchases implements Purchases {
    private static final String PURCHASE = Purchase.ENTITY_TYPE;
    private static final String COLUMNS = "id, customer_id, order_reference, purchased_on, amount, currency, margin,"
            + " exchange_rate, base_currency, base_amount, base_margin, cancelled, note, recorded_at, updated_at, version";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcPurchases(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(Purchase p) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO purchase (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            bind(ps, p);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists(PURCHASE, p.orderReference());
            }
            if (Sql.isForeignKeyViolation(e)) {
                throw new NotFoundException(Customer.ENTITY_TYPE, p.customerId().toString());
            }
            throw Sql.failure("inserting purchase " + p.id(), e);
        }
        insertLines(p);
    }

    private static void bind(PreparedStatement ps, Purchase p) throws SQLException {
        Sql.uuid(ps, 2, p.id().value());
        Sql.uuid(ps, 3, p.customerId().value());
        ps.setString(4, p.orderReference());
        ps.setObject(5, p.purchasedOn());
        ps.setBigDecimal(6, p.amount().amount());
        ps.setString(7, p.amount().currency().getCurrencyCode());
        ps.setBigDecimal(8, p.margin().map(Money::amount).orElse(null));
        ps.setBigDecimal(9, p.exchangeRate());
        ps.setString(10, p.baseAmount().currency().getCurrencyCode());
        ps.setBigDecimal(11, p.baseAmount().amount());
        ps.setBigDecimal(12, p.baseMargin().map(Money::amount).orElse(null));
        ps.setBoolean(13, p.status() == PurchaseStatus.CANCELLED);
        Sql.text(ps, 14, p.note());
        Sql.instant(ps, 15, p.recordedAt());
        Sql.instant(ps, 16, p.updatedAt());
        ps.setLong(17, p.version());
    }

    private void insertLines(Purchase p) {
        if (p.lines().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO purchase_line (tenant_id, purchase_id,"
                + " position, product_code, description, quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < p.lines().size(); i++) {
                PurchaseLine line = p.lines().get(i);
                ps.setString(1, tenant);
                Sql.uuid(ps, 2, p.id().value());
                ps.setInt(3, i);
                ps.setString(4, line.productCode());
                ps.setString(5, line.description());
                ps.setBigDecimal(6, line.quantity());
                ps.setBigDecimal(7, line.unitPrice().amount());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("inserting the lines of purchase " + p.id(), e);
        }
    }

    @Override
    public void update(Purchase p, long expectedVersion) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE purchase SET purchased_on = ?, amount = ?,"
                + " currency = ?, margin = ?, exchange_rate = ?, base_currency = ?, base_amount = ?, base_margin = ?,"
                + " cancelled = ?, note = ?, updated_at = ?, version = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
            ps.setObject(1, p.purchasedOn());
            ps.setBigDecimal(2, p.amount().amount());
            ps.setString(3, p.amount().currency().getCurrencyCode());
            ps.setBigDecimal(4, p.margin().map(Money::amount).orElse(null));
            ps.setBigDecimal(5, p.exchangeRate());
            ps.setString(6, p.baseAmount().currency().getCurrencyCode());
            ps.setBigDecimal(7, p.baseAmount().amount());
            ps.setBigDecimal(8, p.baseMargin().map(Money::amount).orElse(null));
            ps.setBoolean(9, p.status() == PurchaseStatus.CANCELLED);
            Sql.text(ps, 10, p.note());
            Sql.instant(ps, 11, p.updatedAt());
            ps.setLong(12, p.version());
            ps.setString(13, tenant);
            Sql.uuid(ps, 14, p.id().value());
            ps.setLong(15, expectedVersion);
            if (ps.executeUpdate() == 0) {
                long actual = version(p.id()).orElseThrow(() -> new NotFoundException(PURCHASE, p.id().toString()));
                throw ConflictException.staleVersion(PURCHASE, p.id().toString(), expectedVersion, actual);
            }
        } catch (SQLException e) {
            throw Sql.failure("updating purchase " + p.id(), e);
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM purchase_line WHERE tenant_id = ? AND purchase_id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, p.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("replacing the lines of purchase " + p.id(), e);
        }
        insertLines(p);
    }

    private Optional<Long> version(PurchaseId id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT version FROM purchase WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Purchase> findByReference(String orderReference) {
        List<Purchase> found = select("order_reference = ?", (Object) orderReference);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Purchase> ofCustomer(CustomerId customer) {
        return select("customer_id = ?", (Object) customer.value());
    }

    @Override
    public Map<CustomerId, List<Purchase>> ofCustomers(Collection<CustomerId> customers) {
        if (customers.size() > 1000) {
            throw new IllegalArgumentException("read the purchases of at most 1,000 customers at once, not " + customers.size());
        }
        Map<CustomerId, List<Purchase>> out = new HashMap<>();
        if (customers.isEmpty()) {
            return out;
        }
        List<UUID> ids = customers.stream().map(CustomerId::value).toList();
        List<Row> rows = new ArrayList<>();
        try {
            ByIds.forEach(tx.connection(), tx.dialect(), tenant, "SELECT " + COLUMNS + " FROM purchase", "customer_id",
                    "purchased_on, id", ids, rs -> rows.add(row(rs)));
            Map<UUID, List<PurchaseLine>> lines = lines(rows);
            for (Row r : rows) {
                out.computeIfAbsent(new CustomerId(r.customerId()), k -> new ArrayList<>())
                        .add(r.toPurchase(lines.getOrDefault(r.id(), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading purchases", e);
        }
    }

    private List<Purchase> select(String condition, Object value) {
        // condition is one of the constants above, never caller text.
        return query("SELECT " + COLUMNS + " FROM purchase WHERE tenant_id = ? AND " + condition + " ORDER BY purchased_on, id",
                ps -> {
                    ps.setString(1, tenant);
                    ps.setObject(2, value);
                });
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Purchase> query(String sql, Binder binder) {
        List<Purchase> out = new ArrayList<>();
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            binder.bind(ps);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            Map<UUID, List<PurchaseLine>> lines = lines(rows);
            for (Row r : rows) {
                out.add(r.toPurchase(lines.getOrDefault(r.id, List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading purchases", e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Sql.uuid(rs, 1), Sql.uuid(rs, 2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getBigDecimal(5), Currency.getInstance(rs.getString(6)), Optional.ofNullable(rs.getBigDecimal(7)),
                rs.getBigDecimal(8), Currency.getInstance(rs.getString(9)), rs.getBigDecimal(10),
                Optional.ofNullable(rs.getBigDecimal(11)), rs.getBoolean(12), Sql.text(rs, 13), Sql.instant(rs, 14),
                Sql.instant(rs, 15), rs.getLong(16));
    }

    private Map<UUID, List<PurchaseLine>> lines(List<Row> rows) throws SQLException {
        Map<UUID, List<PurchaseLine>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        Map<UUID, Currency> currencies = new HashMap<>();
        rows.forEach(r -> currencies.put(r.id(), r.currency()));
        ByIds.forEach(tx.connection(), tx.dialect(), tenant,
                "SELECT purchase_id, product_code, description, quantity, unit_price FROM purchase_line", "purchase_id",
                "position", rows.stream().map(Row::id).toList(), rs -> {
                    UUID id = Sql.uuid(rs, 1);
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(new PurchaseLine(rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), money(rs.getBigDecimal(5), currencies.get(id))));
                });
        return out;
    }

    private static Money money(BigDecimal stored, Currency currency) {
        return new Money(stored.stripTrailingZeros(), currency);
    }

    /** One purchase row before its lines are read. */
    private record Row(UUID id, UUID customerId, String reference, LocalDate on, BigDecimal amount, Currency currency,
                       Optional<BigDecimal> margin, BigDecimal rate, Currency baseCurrency, BigDecimal baseAmount,
                       Optional<BigDecimal> baseMargin, boolean cancelled, Optional<String> note, Instant recordedAt,
                       Instant updatedAt, long version) {

        Purchase toPurchase(List<PurchaseLine> lines) {
            return new Purchase(new PurchaseId(id), new CustomerId(customerId), reference, on, money(amount, currency),
                    margin.map(m -> money(m, currency)), rate, money(baseAmount, baseCurrency),
                    baseMargin.map(m -> money(m, baseCurrency)), lines,
                    cancelled ? PurchaseStatus.CANCELLED : PurchaseStatus.ACTIVE, note, recordedAt, updatedAt, version);
        }
    }
}
