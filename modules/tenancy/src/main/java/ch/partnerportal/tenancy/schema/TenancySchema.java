package ch.partnerportal.tenancy.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the tenancy tables to the current version at start-up, before any request is served. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenancySchema {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway.configure(TenancySchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/tenancy")
                .table("schema_history_tenancy")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
