package org.blueledger.platform.persistence;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * MariaDB Connector/J as a plain {@link DataSource}, the application's default data source class
 * (local transactions: XA cost about a third of a case page's CPU, issue #15), and required on a
 * MariaDB Galera cluster, which refuses XA transactions ("XA transactions with Galera replication" is not supported). Payara runs XA
 * with a data source class that implements {@code XADataSource}, as {@link MariaDbDataSource}
 * does; given this class (which implements nothing else), it runs local transactions, which is
 * all one database needs. {@code config/cluster/run} selects it with
 * {@code blueledger.db.datasource-class} (see {@link DatabaseMigrator}); Payara sets the URL, user
 * and password through the setters.
 */
public class LocalTransactionDataSource implements DataSource {

    private final MariaDbDataSource delegate = new MariaDbDataSource();

    public String getUrl() {
        return delegate.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        delegate.setUrl(url);
    }

    public String getUser() {
        return delegate.getUser();
    }

    public void setUser(String user) throws SQLException {
        delegate.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        delegate.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
