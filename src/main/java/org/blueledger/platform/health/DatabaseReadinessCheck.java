package org.blueledger.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.platform.persistence.DatabaseMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready when the schema is migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(2);
        } catch (Exception e) {
            up = false;
        }
        return HealthCheckResponse.named("database")
                .status(up && migrator.isMigrated())
                .withData("migrated", migrator.isMigrated())
                .build();
    }
}
