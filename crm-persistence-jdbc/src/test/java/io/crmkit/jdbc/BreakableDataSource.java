package io.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source of plain connections to a test database that a test can break: {@link #breakAll()}
 * closes every connection handed out and not yet given back, and makes the next one come out
 * already closed, as a database restart or a network failure would.
 */
final class BreakableDataSource implements DataSource {
    private static final Map<String, BreakableDataSource> BY_KIND = new HashMap<>();
    private final TestStorages.TestDatabase database;
    private final JdbcStorage storage;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
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

    /** Closes the connections in use and the next one handed out. */
    void breakAll() {
        poisoned.set(1);
        for (Connection c : open) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken, which is the point
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = database.connect();
        Connection tracked = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        open.remove(proxy);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        open.add(tracked);
        if (poisoned.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            real.close();
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
