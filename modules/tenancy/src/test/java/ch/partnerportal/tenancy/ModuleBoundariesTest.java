package ch.partnerportal.tenancy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Boundary / control / entity: entities know nothing of facades, the api package knows no internals. */
class ModuleBoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ch.partnerportal.tenancy");

    @Test
    void entitiesDoNotDependOnBoundariesOrControls() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(classes);
    }

    @Test
    void theApiPackageExposesNoInternals() {
        noClasses().that().resideInAPackage("ch.partnerportal.tenancy.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..entity..", "..boundary..", "..control..")
                .check(classes);
    }
}
