package ch.partnerportal.console.organization;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.OrganizationDetails;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.organizations.boundary.Organizations;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

@Named
@ViewScoped
public class OrganizationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Organizations organizations;

    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String vatNumber;
    private boolean readOnly = true;

    @PostConstruct
    void load() {
        OrganizationView current = session.getCurrent();
        if (current != null) {
            show(current);
        }
    }

    private void show(OrganizationView view) {
        name = view.name();
        street = view.street();
        postalCode = view.postalCode();
        city = view.city();
        country = view.country();
        vatNumber = view.vatNumber();
        readOnly = !view.mayManage();
    }

    public void save() {
        try {
            OrganizationView saved = organizations.changeDetails(session.getCurrentOrganizationId(),
                    new OrganizationDetails(name, street, postalCode, city, country, vatNumber));
            show(saved);
            session.refresh();
            Feedback.info("organization.saved");
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }
}
