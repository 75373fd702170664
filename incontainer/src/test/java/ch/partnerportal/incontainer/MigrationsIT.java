package ch.partnerportal.incontainer;

import ch.partnerportal.billing.schema.BillingSchema;
import ch.partnerportal.identity.schema.IdentitySchema;
import ch.partnerportal.tenancy.schema.TenancySchema;
import jakarta.annotation.Resource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's migrations ran at start-up on the configured database (Derby here, PostgreSQL with
 * -Ppostgresql): each script the module ships, in order, successfully, in the module's own history,
 * and none is left pending or failed.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(MigrationsIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void everyModulesMigrationsRanInOrderAndSucceeded() {
        Map<String, Class<?>> modules = Map.of("tenancy", TenancySchema.class, "identity", IdentitySchema.class,
                "billing", BillingSchema.class);
        modules.forEach((module, owner) -> {
            // the module's own view, as Migrations configures it at start-up
            MigrationInfoService info = Flyway.configure(owner.getClassLoader()).dataSource(database)
                    .locations("classpath:db/migration/" + module).table("schema_history_" + module)
                    .load().info();
            MigrationInfo[] scripts = Arrays.stream(info.all()).filter(m -> !m.getType().isBaseline())
                    .toArray(MigrationInfo[]::new);
            assertThat(scripts).as(module + " ships migrations").isNotEmpty();
            assertThat(scripts).as(module).allSatisfy(m -> assertThat(m.getState()).as(m.getScript())
                    .isEqualTo(MigrationState.SUCCESS));
            assertThat(info.pending()).as(module + " pending").isEmpty();
            assertThat(Arrays.stream(scripts).map(m -> m.getVersion().getVersion()).toList())
                    .as(module + " in order").isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a),
                            Integer.parseInt(b)));
        });
    }
}
