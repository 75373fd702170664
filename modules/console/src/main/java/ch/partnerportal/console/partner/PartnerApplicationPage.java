package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationRequest;
import ch.partnerportal.partner.api.ConditionsText;
import ch.partnerportal.partner.api.ProgrammeStanding;
import ch.partnerportal.partner.applications.boundary.PartnerApplications;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * PAR-1 for the current organization: the managed value against the threshold with its computation,
 * the latest application and its status, the application form with the reseller conditions to accept,
 * and withdrawing a pending application. The facade decides who sees and who applies.
 */
@Named
@ViewScoped
public class PartnerApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Inject
    PartnerApplications applications;

    private ProgrammeStanding standing;
    private boolean loaded;
    private String registerCountry = "CH";
    private String registerNumber;
    private String website;
    private boolean accepted;
    private String committedValue;

    private void load() {
        loaded = true;
        try {
            standing = applications.standing(session.getCurrentOrganizationId());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            standing = null;
        }
    }

    public ProgrammeStanding getStanding() {
        if (!loaded) {
            load();
        }
        return standing;
    }

    public ConditionsText getConditions() {
        return applications.conditions(language.getLocale());
    }

    public void apply() {
        if (Feedback.done(() -> {
            standing = applications.apply(session.getCurrentOrganizationId(), new ApplicationRequest(registerCountry,
                    registerNumber, website, accepted ? getStanding().conditionsVersion() : null, committedValue));
            Feedback.info("partner.applied");
        })) {
            registerNumber = null;
            website = null;
            accepted = false;
            committedValue = null;
        }
    }

    public void withdraw() {
        Feedback.done(() -> {
            standing = applications.withdraw(session.getCurrentOrganizationId());
            Feedback.info("partner.withdrawn");
        });
    }

    public String getRegisterCountry() {
        return registerCountry;
    }

    public void setRegisterCountry(String registerCountry) {
        this.registerCountry = registerCountry;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = registerNumber;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public String getCommittedValue() {
        return committedValue;
    }

    public void setCommittedValue(String committedValue) {
        this.committedValue = committedValue;
    }
}
