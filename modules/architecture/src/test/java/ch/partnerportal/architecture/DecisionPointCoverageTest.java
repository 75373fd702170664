package ch.partnerportal.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md, "Authorization": every facade method of the modules above tenancy that takes an
 * organization's id reaches the decision point ({@code TenantAccess}) before it answers, directly or
 * through the controls it calls. A new facade method that forgets it fails here. Two kinds answer no
 * tenant's caller and are left out: methods for platform administrators only (the container checks
 * {@code @RolesAllowed("platform-admin")}), and a module's answers to another module's {@code api}
 * interface ({@code @Local}), which that module asks after its own decision or from a system job.
 */
class DecisionPointCoverageTest {

    private static final String DECISION_POINT = "ch.partnerportal.tenancy.api.TenantAccess";

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ch.partnerportal");

    private static boolean facade(JavaClass type) {
        String name = type.getPackageName();
        return (name.startsWith("ch.partnerportal.billing.") || name.startsWith("ch.partnerportal.services.")
                || name.startsWith("ch.partnerportal.partner.")) && name.endsWith(".boundary")
                && type.isAnnotatedWith("jakarta.ejb.Stateless") && !type.getSimpleName().contains("$");
    }

    /** A method a tenant's caller reaches on one organization: its first parameter is the organization's id. */
    private static boolean ofAnOrganization(JavaMethod method) {
        return method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC)
                && !method.getRawParameterTypes().isEmpty()
                && method.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                && !platformAdministrators(method) && !method.getOwner().isAnnotatedWith("jakarta.ejb.Local");
    }

    private static boolean platformAdministrators(JavaMethod method) {
        return method.tryGetAnnotationOfType("jakarta.annotation.security.RolesAllowed")
                .map(roles -> List.of((String[]) roles.get("value").orElse(new String[0])).equals(List.of("platform-admin")))
                .orElse(false);
    }

    private static boolean reachesTheDecisionPoint(JavaMethod start) {
        Deque<JavaMethod> open = new ArrayDeque<>(List.of(start));
        Set<JavaMethod> seen = new HashSet<>();
        while (!open.isEmpty()) {
            JavaMethod method = open.pop();
            if (!seen.add(method)) {
                continue;
            }
            for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals(DECISION_POINT)
                        || call.getTargetOwner().isAssignableTo(DECISION_POINT)) {
                    return true;
                }
                if (call.getTargetOwner().getPackageName().startsWith("ch.partnerportal.")) {
                    call.getTarget().resolveMember().ifPresent(open::push);
                }
            }
        }
        return false;
    }

    @Test
    void everyFacadeMethodOnAnOrganizationAsksTheDecisionPoint() {
        Set<String> facades = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (JavaClass type : all) {
            if (!facade(type)) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (ofAnOrganization(method)) {
                    facades.add(type.getSimpleName());
                    if (!reachesTheDecisionPoint(method)) {
                        missing.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(facades).as("the facades found").contains("Orders", "DnsZones", "Relationships");
        assertThat(missing).as("facade methods that never ask the decision point").isEmpty();
    }
}
