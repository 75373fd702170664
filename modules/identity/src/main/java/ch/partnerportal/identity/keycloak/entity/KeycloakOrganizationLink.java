package ch.partnerportal.identity.keycloak.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Which Keycloak organization mirrors a portal organization. */
@Entity
@Table(name = "keycloak_organization")
public class KeycloakOrganizationLink {

    @Id
    @Column(name = "organization_id", length = 36)
    private String organizationId;

    @Column(name = "keycloak_organization_id", nullable = false, length = 36)
    private String keycloakOrganizationId;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected KeycloakOrganizationLink() {
    }

    public KeycloakOrganizationLink(String organizationId, String keycloakOrganizationId, Instant now) {
        this.organizationId = organizationId;
        this.keycloakOrganizationId = keycloakOrganizationId;
        this.syncedAt = now;
    }

    public String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    public void relink(String keycloakId, Instant now) {
        this.keycloakOrganizationId = keycloakId;
        this.syncedAt = now;
    }

    public void synced(Instant now) {
        this.syncedAt = now;
    }
}
