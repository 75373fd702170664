package ch.partnerportal.services.hosting.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A site of a web hosting: a host name in a domain the organization holds, and its PHP version. */
@Entity
@Table(name = "hosting_site")
public class Site {

    /** The PHP versions the provider runs; the newest is a new site's. */
    public static final List<String> PHP_VERSIONS = List.of("8.1", "8.2", "8.3", "8.4");

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false, length = 36, updatable = false)
    private String productId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(name = "host_name", nullable = false, length = 253, updatable = false)
    private String hostName;

    @Column(name = "php_version", nullable = false, length = 5)
    private String phpVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Site() {
    }

    /** @param hostName checked as a host name in a domain the organization holds, and free */
    public static Site opened(String productId, String organizationId, String hostName, String phpVersion,
                              Instant now) throws Refusal {
        Site site = new Site();
        site.id = UUID.randomUUID().toString();
        site.productId = productId;
        site.organizationId = organizationId;
        site.hostName = hostName;
        site.runPhp(phpVersion == null ? PHP_VERSIONS.get(PHP_VERSIONS.size() - 1) : phpVersion);
        site.createdAt = now;
        return site;
    }

    public void runPhp(String version) throws Refusal {
        String given = version == null ? "" : version.strip();
        if (!PHP_VERSIONS.contains(given)) {
            throw new Refusal(ServicesError.PHP_VERSION_UNSUPPORTED, given, String.join(", ", PHP_VERSIONS));
        }
        phpVersion = given;
    }

    public String id() {
        return id;
    }

    public String productId() {
        return productId;
    }

    public String organizationId() {
        return organizationId;
    }

    public String hostName() {
        return hostName;
    }

    public String phpVersion() {
        return phpVersion;
    }
}
