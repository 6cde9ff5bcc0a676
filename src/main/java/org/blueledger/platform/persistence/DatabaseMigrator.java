package org.blueledger.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.logging.Logger;

/**
 * Defines the application's data source (values from MicroProfile Config, so environment
 * variables such as {@code BLUELEDGER_DB_URL} override the defaults) and applies the Flyway
 * migrations of {@code db/migration} before anything else touches the database.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATA_SOURCE,
        // LocalTransactionDataSource unless configured otherwise: local transactions, as one database needs no more
        // (XA cost a third of a case page's CPU, issue #15; a Galera cluster refuses XA); MariaDbDataSource gives XA
        className = "${MPCONFIG=blueledger.db.datasource-class}",
        url = "${MPCONFIG=blueledger.db.url}",
        user = "${MPCONFIG=blueledger.db.user}",
        password = "${MPCONFIG=blueledger.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        // while the database cannot be reached, a request gets its 503 within a few seconds instead of waiting
        loginTimeout = 2,
        properties = {
            "fish.payara.max-wait-time-in-millis=1500",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.is-connection-validation-required=true",
            // a connection is validated (SELECT '1') at most every 10 s, not at every checkout: a request took six
            // checkouts, so six validations (issue #15); a connection the database dropped meanwhile fails its
            // statement (503), and a failed validation then empties the pool (fail-all-connections)
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/blueledger";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public boolean isMigrated() {
        return migrated;
    }
}
