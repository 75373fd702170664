package ch.partnerportal.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JAX-RS picks one root resource for a request, the one whose path matches with the most literal
 * characters, and never falls back to another: a root path ending in a template
 * ({@code 1/organizations/{organization}}) would swallow every other resource under it, which then
 * answers 404 for paths that exist.
 */
class ApiPathsTest {

    private final List<String> roots = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ch.partnerportal.api").stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .map(c -> c.getAnnotationOfType(Path.class).value()).toList();

    @Test
    void noRootResourceSwallowsTheResourcesUnderIt() {
        assertThat(roots).as("guards the rule: it would pass vacuously").contains("1/organizations");
        for (String root : roots) {
            if (!root.endsWith("}")) {
                continue;
            }
            Pattern under = Pattern.compile(root.replaceAll("\\{[^}]+}", "[^/]+") + "/.+");
            for (String other : roots) {
                assertThat(under.matcher(other).matches()).as(other + " lives under " + root).isFalse();
            }
        }
    }
}
