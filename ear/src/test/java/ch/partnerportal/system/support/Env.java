package ch.partnerportal.system.support;

/** Where the system under test runs: failsafe's system properties, with the defaults of ear/pom.xml. */
public final class Env {

    public static final String PORTAL_URL = property("portal.url", "http://localhost:19080");
    public static final String KEYCLOAK_URL = property("keycloak.url", "http://localhost:28080");
    public static final int SMTP_PORT = Integer.parseInt(property("smtp.port", "13025"));
    public static final String KEYCLOAK_BASE = property("keycloak.base", "target/keycloak-it");
    public static final String KEYCLOAK_SCRIPT = property("keycloak.script", "../realm/keycloak.sh");
    public static final String KEYCLOAK_MANAGEMENT_PORT = property("keycloak.management.port", "29000");
    public static final String REALM = "partnerportal";

    private Env() {
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The port of an http://host:port URL, as text. */
    static String port(String url) {
        return String.valueOf(java.net.URI.create(url).getPort());
    }
}
