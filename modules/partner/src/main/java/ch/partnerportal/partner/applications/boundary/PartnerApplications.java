package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Languages;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationRequest;
import ch.partnerportal.partner.api.ConditionsText;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.api.ProgrammeStanding;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.applications.control.ManagedValues;
import ch.partnerportal.partner.applications.control.ResellerConditions;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import ch.partnerportal.partner.applications.entity.RegisterNumber;
import ch.partnerportal.partner.applications.entity.Threshold;
import ch.partnerportal.partner.applications.entity.Website;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * PAR-1 for the applying organization: where it stands (its managed value against the threshold, with
 * the computation, and its latest application), applying, and withdrawing a pending application. The
 * legal representatives and administrators see the standing; only a legal representative applies or
 * withdraws.
 */
@Stateless
public class PartnerApplications {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ManagedValues values;

    @Inject
    ApplicationStore store;

    @Inject
    Clock clock;

    public ProgrammeStanding standing(String organizationId) throws Refusal {
        MemberRights caller = tenants.caller(organizationId);
        if (!caller.role().mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
        YearlyValue value = values.of(organizationId, currency(organizationId));
        Optional<PartnerApplication> latest = store.latestOf(organizationId);
        String name = store.organizationName(organizationId);
        boolean open = latest.map(a -> a.status().open()).orElse(false);
        return new ProgrammeStanding(value, Threshold.of(value.currency()), Threshold.met(value.total()),
                ResellerConditions.CURRENT, latest.map(a -> a.view(name)),
                !open && caller.role() == Role.LEGAL_REPRESENTATIVE);
    }

    /** The reseller conditions to read before applying; the same for everyone, English for other languages. */
    public ConditionsText conditions(Locale locale) {
        String language = Languages.SUPPORTED.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        return new ConditionsText(ResellerConditions.CURRENT, language,
                ResellerConditions.text(Locale.forLanguageTag(language)));
    }

    public ProgrammeStanding apply(String organizationId, ApplicationRequest request) throws Refusal {
        MemberRights applicant = tenants.requireLegalRepresentative(organizationId);
        RegisterNumber register = RegisterNumber.parse(request.registerCountry(), request.registerNumber());
        Website website = Website.parse(request.website());
        if (!ResellerConditions.CURRENT.equals(request.acceptedConditions())) {
            throw new Refusal(PartnerError.CONDITIONS_NOT_ACCEPTED);
        }
        Currency currency = currency(organizationId);
        Money committed = PartnerApplication.committed(request.committedValue(), currency);
        if (store.openOf(organizationId).isPresent()) {
            throw new Refusal(PartnerError.APPLICATION_OPEN);
        }
        YearlyValue value = values.of(organizationId, currency);
        PartnerApplication application = PartnerApplication.submitted(organizationId, register, website,
                ResellerConditions.CURRENT, applicant.accountId(), applicant.loginId(), value.total(), committed,
                clock.instant());
        em.persist(application);
        try {
            // two applications sent at once: the database keeps one open per organization
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new Refusal(PartnerError.APPLICATION_OPEN);
        }
        store.tellApplicant(application, "application-received", null, null);
        return standing(organizationId);
    }

    public ProgrammeStanding withdraw(String organizationId) throws Refusal {
        MemberRights applicant = tenants.requireLegalRepresentative(organizationId);
        PartnerApplication application = store.openOf(organizationId)
                .orElseThrow(() -> new Refusal(PartnerError.APPLICATION_NOT_FOUND));
        application.withdraw(applicant.loginId(), clock.instant());
        return standing(organizationId);
    }

    private Currency currency(String organizationId) {
        return Currency.forBillingCountry(directory.profile(organizationId).orElseThrow().country());
    }
}
