package ch.partnerportal.partner.schema;

import ch.partnerportal.kernel.Migrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Brings the partner programme's tables to the current version at start-up, before any request is served. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerSchema {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Migrations.apply(dataSource, "partner", PartnerSchema.class);
    }
}
