package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServiceView;
import ch.partnerportal.services.workspaces.boundary.OrganizationServices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The organization's products with their kind, state and expiry; each opens its own page. */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    OrganizationServices services;

    private List<ServiceView> products = List.of();

    public void open() {
        try {
            products = services.list(session.getCurrentOrganizationId());
        } catch (Refusal refusal) {
            products = List.of();
            Feedback.refusal(refusal);
        }
    }

    public List<ServiceView> getProducts() {
        return products;
    }
}
