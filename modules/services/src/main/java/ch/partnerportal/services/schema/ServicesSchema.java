package ch.partnerportal.services.schema;

import ch.partnerportal.kernel.Migrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Brings the services' tables to the current version at start-up, before any request is served. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServicesSchema {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Migrations.apply(dataSource, "services", ServicesSchema.class);
    }
}
