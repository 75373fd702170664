package ch.partnerportal.incontainer;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * The deployment of every in-container test: the EJB modules and libraries of the very EAR the
 * system tests run (not rebuilt from sources), without its web modules, and a test WAR with the test
 * classes, the callers and AssertJ. The callers are run-as beans bound to the server's test users.
 */
final class Deployments {

    static final String PASSWORD = "incontainer-secret";
    private static final List<String> EJB_MODULES = List.of("tenancy.jar", "identity.jar", "billing.jar");

    private Deployments() {
    }

    static EnterpriseArchive portal(Class<?>... tests) {
        File built = new File(System.getProperty("portal.ear", "../ear/target/portal.ear"));
        EnterpriseArchive real = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "incontainer.ear");
        for (Map.Entry<ArchivePath, Node> entry : real.getContent().entrySet()) {
            String path = entry.getKey().get();
            boolean wanted = path.startsWith("/lib/") || EJB_MODULES.contains(path.substring(1));
            if (wanted && entry.getValue().getAsset() != null) {
                ear.add(entry.getValue().getAsset(), entry.getKey());
            }
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, "incontainer.war")
                .addClasses(tests)
                .addClasses(Callers.class, Callers.Call.class, Deployments.class, Outbox.class)
                .addClasses(RunsAs.class, AsFounder.class, AsFirst.class, AsSecond.class, AsPayer.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(war);
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>incontainer</display-name>
                  <module><ejb>tenancy.jar</ejb></module>
                  <module><ejb>identity.jar</ejb></module>
                  <module><ejb>billing.jar</ejb></module>
                  <module><web><web-uri>incontainer.war</web-uri><context-root>/incontainer</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        StringBuilder roles = new StringBuilder();
        for (String[] caller : Callers.ALL) {
            roles.append("  <security-role name=\"").append(caller[0]).append("\">\n")
                    .append("    <user name=\"").append(caller[1]).append("\"/>\n")
                    .append("    <run-as userid=\"").append(caller[1]).append("\" password=\"").append(PASSWORD)
                    .append("\"/>\n  </security-role>\n");
        }
        ear.addAsManifestResource(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application-bnd xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.2">
                """ + roles + """
                </application-bnd>
                """), "ibm-application-bnd.xml");
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
