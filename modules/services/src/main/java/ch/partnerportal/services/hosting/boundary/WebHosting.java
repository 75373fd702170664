package ch.partnerportal.services.hosting.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.HostingViews.CredentialView;
import ch.partnerportal.services.api.HostingViews.HostingView;
import ch.partnerportal.services.api.HostingViews.IssuedCredential;
import ch.partnerportal.services.api.HostingViews.SiteView;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.dns.entity.DnsName;
import ch.partnerportal.services.hosting.entity.Credential;
import ch.partnerportal.services.hosting.entity.CredentialKind;
import ch.partnerportal.services.hosting.entity.Site;
import ch.partnerportal.services.secrets.control.PasswordHashing;
import ch.partnerportal.services.secrets.control.RandomPasswords;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * A web hosting's sites and technical credentials (the {@code web-hosting} permission). A site is bound
 * to a domain the organization holds; each FTP, SSH, MySQL or WebDAV account has its own password
 * (IDN-4), made here and shown once.
 */
@Stateless
public class WebHosting {

    public static final int MOST = 500;

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    HeldProducts products;

    @Inject
    PasswordHashing hashing;

    @Inject
    RandomPasswords passwords;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /** A partner's change is in the client's trail with what it found and left. */
    @Inject
    AuditRecords audit;

    public HostingView hosting(String organizationId, String productId) throws Refusal {
        open(organizationId, productId, ProductAction.SEE);
        return new HostingView(
                em.createQuery("select s from Site s where s.productId = :product order by s.hostName", Site.class)
                        .setParameter("product", productId).setMaxResults(MOST).getResultStream()
                        .map(WebHosting::view).toList(),
                em.createQuery("select c from Credential c where c.productId = :product order by c.kind, c.userName",
                                Credential.class)
                        .setParameter("product", productId).setMaxResults(MOST).getResultStream()
                        .map(WebHosting::view).toList(),
                Site.PHP_VERSIONS);
    }

    /** A site on a domain the organization holds, or a name under it ({@code shop.rossi.ch}). */
    public SiteView addSite(String organizationId, String productId, String hostName, String phpVersion)
            throws Refusal {
        HeldProduct hosting = open(organizationId, productId, ProductAction.CHANGE);
        String host = DnsName.host(hostName);
        requireOwnDomain(organizationId, host);
        boolean taken = !em.createQuery("select s.id from Site s where s.hostName = :host", String.class)
                .setParameter("host", host).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new Refusal(ServicesError.SITE_EXISTS, host);
        }
        Site site = Site.opened(hosting.id(), organizationId, host, phpVersion, clock.instant());
        em.persist(site);
        em.flush();
        audit.found(organizationId, null, described(site));
        return view(site);
    }

    public SiteView runPhp(String organizationId, String productId, String siteId, String phpVersion)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Site site = site(organizationId, productId, siteId);
        String before = described(site);
        site.runPhp(phpVersion);
        audit.found(organizationId, before, described(site));
        return view(site);
    }

    public void removeSite(String organizationId, String productId, String siteId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Site site = site(organizationId, productId, siteId);
        em.remove(site);
        audit.found(organizationId, described(site), null);
    }

    /** A site as a partner's change of it is kept in the client's audit trail. */
    private static String described(Site site) {
        return "site " + site.hostName() + " PHP " + site.phpVersion();
    }

    /** IDN-4: a new technical account with a password of its own, shown in this answer only. */
    public IssuedCredential issue(String organizationId, String productId, String kind, String name)
            throws Refusal {
        HeldProduct hosting = open(organizationId, productId, ProductAction.CHANGE);
        CredentialKind parsed = CredentialKind.parse(kind)
                .orElseThrow(() -> new Refusal(ServicesError.CREDENTIAL_KIND_UNKNOWN, kind == null ? "" : kind));
        String password = passwords.next();
        Credential credential = Credential.issued(hosting.id(), organizationId, parsed, name, hashing.hash(password),
                clock.instant());
        boolean taken = !em.createQuery("select c.id from Credential c where c.userName = :name", String.class)
                .setParameter("name", credential.userName()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new Refusal(ServicesError.CREDENTIAL_NAME_TAKEN);
        }
        em.persist(credential);
        em.flush();
        return new IssuedCredential(view(credential), password);
    }

    /** IDN-4: a new password for this account alone; no other password changes. */
    public IssuedCredential reset(String organizationId, String productId, String credentialId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Credential credential = credential(organizationId, productId, credentialId);
        String password = passwords.next();
        credential.reset(hashing.hash(password), clock.instant());
        return new IssuedCredential(view(credential), password);
    }

    public void revoke(String organizationId, String productId, String credentialId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        em.remove(credential(organizationId, productId, credentialId));
    }

    private HeldProduct open(String organizationId, String productId, ProductAction action) throws Refusal {
        return workspaces.open(organizationId, productId, ProductAccess.WEB_HOSTING, action);
    }

    /** The host is a domain the organization holds or lies under one. */
    private void requireOwnDomain(String organizationId, String host) throws Refusal {
        String candidate = host;
        while (candidate.contains(".")) {
            Optional<HeldProduct> domain = products.domainNamed(candidate);
            if (domain.isPresent()) {
                if (!domain.get().organizationId().equals(organizationId)) {
                    throw new Refusal(ServicesError.DOMAIN_HELD_ELSEWHERE, candidate);
                }
                return;
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
        throw new Refusal(ServicesError.DOMAIN_NOT_HELD, host);
    }

    private Site site(String organizationId, String productId, String siteId) throws Refusal {
        Site site = siteId == null ? null : em.find(Site.class, siteId, LockModeType.PESSIMISTIC_WRITE);
        if (site == null || !site.organizationId().equals(organizationId) || !site.productId().equals(productId)) {
            throw new Refusal(ServicesError.SITE_NOT_FOUND);
        }
        return site;
    }

    private Credential credential(String organizationId, String productId, String credentialId) throws Refusal {
        Credential credential = credentialId == null ? null
                : em.find(Credential.class, credentialId, LockModeType.PESSIMISTIC_WRITE);
        if (credential == null || !credential.organizationId().equals(organizationId)
                || !credential.productId().equals(productId)) {
            throw new Refusal(ServicesError.CREDENTIAL_NOT_FOUND);
        }
        return credential;
    }

    private static SiteView view(Site site) {
        return new SiteView(site.id(), site.hostName(), site.phpVersion());
    }

    private static CredentialView view(Credential credential) {
        return new CredentialView(credential.id(), credential.kind().slug(), credential.userName(),
                credential.passwordChangedAt());
    }
}
