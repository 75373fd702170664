package ch.partnerportal.kernel;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Runs one module's versioned schema migrations. Each module owns its folder
 * {@code db/migration/<module>} and its own history table, so modules evolve their tables
 * independently on one database (Derby or PostgreSQL).
 */
public final class Migrations {

    private Migrations() {
    }

    public static void apply(DataSource dataSource, String module, Class<?> owner) {
        Flyway.configure(owner.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loaders are only scanned where a flyway.location marker file lies.
                .locations("classpath:db/migration/" + module)
                .callbackLocations("classpath:db/migration/" + module)
                .table("schema_history_" + module)
                // Another module's tables may already be there: start this module's history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
