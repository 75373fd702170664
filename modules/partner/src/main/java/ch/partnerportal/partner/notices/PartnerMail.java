package ch.partnerportal.partner.notices;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the programme's e-mails, each in its recipient's language, through the outbox of notices
 * (fired inside the caller's transaction: a refused change sends nothing).
 */
@Dependent
public class PartnerMail {

    @Inject
    TenantAccess tenants;

    @Inject
    OrganizationDirectory directory;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

    /**
     * @param about the organization the texts name
     * @param page  the console page the e-mail links to, from the console's root ({@code /app/partner.xhtml})
     */
    public void tell(List<MemberRights> recipients, String about, String kind, String reason, String page,
                     Instant date, Object... more) {
        String name = organizationName(about);
        for (MemberRights recipient : recipients) {
            notices.fire(PartnerNotices.of(kind, recipient.loginId(), recipient.locale(), name, reason,
                    consoleUrl + page, date, more));
        }
    }

    /** Who answers for an organization: its legal representatives (ORG-2). */
    public List<MemberRights> legalRepresentatives(String organizationId) {
        List<MemberRights> found = new ArrayList<>();
        for (OrganizationSnapshot.Member member : directory.snapshot(organizationId).members()) {
            if (member.role() == Role.LEGAL_REPRESENTATIVE) {
                tenants.memberByLoginId(organizationId, member.email()).ifPresent(found::add);
            }
        }
        return found;
    }

    public String organizationName(String organizationId) {
        return directory.profile(organizationId).map(p -> p.name()).orElse(organizationId);
    }
}
