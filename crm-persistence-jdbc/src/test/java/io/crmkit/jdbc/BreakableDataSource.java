package io.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source of plain connections to a test database that a test can break: after
 * {@link #breakAll()} every connection handed out and not yet given back fails each call as a
 * closed connection does (SQLSTATE 08003), and so does the next one handed out, as a database
 * restart or a network failure would look to crmkit. The break is seen by the thread using the
 * connection, at its next call: the real connection is rolled back and closed only when that
 * thread closes it. (Closing an embedded H2 session from another thread in the middle of a
 * statement can leave the shared database with a half-open transaction that later tests trip
 * over; a real network failure never does that to a server.)
 */
final class BreakableDataSource implements DataSource {
    private static final Map<String, BreakableDataSource> BY_KIND = new HashMap<>();
    private final TestStorages.TestDatabase database;
    private final JdbcStorage storage;
    // Identity sets: a proxy's own hashCode and equals would go through its handler, which looks here.
    private final Set<Connection> open = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Set<Connection> broken = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final AtomicInteger poisoned = new AtomicInteger();

    private BreakableDataSource(TestStorages.TestDatabase database) {
        this.database = database;
        this.storage = JdbcStorage.dataSource(this, SchemaMigration.SKIP);
    }

    /** The breakable data source over a test database, one per database for the JVM. */
    static synchronized BreakableDataSource over(TestStorages.TestDatabase database) {
        return BY_KIND.computeIfAbsent(database.kind(), k -> new BreakableDataSource(database));
    }

    /** @return crmkit's storage on these connections (schema already migrated by the shared storage) */
    JdbcStorage storage() {
        return storage;
    }

    /** Breaks the connections in use and the next one handed out. */
    void breakAll() {
        poisoned.set(1);
        synchronized (open) {
            broken.addAll(open);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = database.connect();
        Connection tracked = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close")) {
                        open.remove(proxy);
                        broken.remove(proxy);
                    } else if (broken.contains(proxy)) {
                        if (name.equals("isClosed")) {
                            return true;
                        }
                        throw new SQLException("connection closed by the test (simulated failure)", "08003");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        open.add(tracked);
        if (poisoned.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            broken.add(tracked);
        }
        return tracked;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // plain connections: the driver's default
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
