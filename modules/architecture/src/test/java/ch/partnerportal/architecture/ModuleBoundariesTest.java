package ch.partnerportal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modular monolith's boundaries (DESIGN.md): a module uses only the kernel and other modules'
 * {@code api} packages; the two web modules call facades ({@code boundary}) and never touch
 * entities or controls; inside every module, entities know no boundary or control.
 */
class ModuleBoundariesTest {

    private static final String[] MODULES = {"tenancy", "identity", "billing", "services", "partner"};

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ch.partnerportal");

    /** Guards the other rules: they would pass vacuously if a module's classes were missing. */
    @Test
    void everyModuleIsOnTheClasspath() {
        for (String module : new String[] {"kernel", "tenancy", "identity", "billing", "services", "partner", "api",
                                           "console"}) {
            org.assertj.core.api.Assertions.assertThat(all.stream()
                    .filter(c -> c.getPackageName().startsWith("ch.partnerportal." + module)).count())
                    .as(module).isPositive();
        }
    }

    @Test
    void theKernelKnowsNoModule() {
        noClasses().that().resideInAPackage("ch.partnerportal.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.partnerportal.tenancy..",
                        "ch.partnerportal.identity..", "ch.partnerportal.billing..", "ch.partnerportal.services..",
                        "ch.partnerportal.partner..", "ch.partnerportal.api..",
                        "ch.partnerportal.console..")
                .check(all);
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApiPackages() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage("ch.partnerportal." + module + "..")
                        .should().dependOnClassesThat(
                                com.tngtech.archunit.base.DescribedPredicate.describe(
                                        other + " outside its api package",
                                        c -> c.getPackageName().startsWith("ch.partnerportal." + other)
                                                && !c.getPackageName().startsWith("ch.partnerportal." + other + ".api")))
                        .check(all);
            }
        }
    }

    @Test
    void webModulesCallFacadesAndNeverEntitiesOrControls() {
        noClasses().that().resideInAnyPackage("ch.partnerportal.api..", "ch.partnerportal.console..")
                .should().dependOnClassesThat().resideInAnyPackage("..entity..", "..control..")
                .check(all);
    }

    @Test
    void webModulesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("ch.partnerportal.api..")
                .should().dependOnClassesThat().resideInAPackage("ch.partnerportal.console..").check(all);
        noClasses().that().resideInAPackage("ch.partnerportal.console..")
                .should().dependOnClassesThat().resideInAPackage("ch.partnerportal.api..").check(all);
    }

    @Test
    void entitiesKnowNoBoundaryOrControl() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(all);
    }

    @Test
    void noGrabBagPackagesOrImplClasses() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..")
                .check(all);
        classes().should().haveSimpleNameNotEndingWith("Impl")
                .andShould().haveSimpleNameNotEndingWith("Manager")
                .andShould().haveSimpleNameNotEndingWith("Helper")
                .check(all);
    }
}
