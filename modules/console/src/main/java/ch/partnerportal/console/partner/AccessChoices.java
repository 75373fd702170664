package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.ScopeEntry;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The access a client chooses in the console (PAR-4): full, with or without billing, or its products
 * each with the technical and the statistics right. Prefilled from what a partner asked: the asked
 * categories' products come checked with the asked rights.
 */
public class AccessChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean full;
    private boolean billingEntrusted;
    private final List<Choice> products = new ArrayList<>();

    /** One product of the client, and the rights chosen on it. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ScopeEntry product;
        private boolean technical;
        private boolean statistics;

        Choice(ScopeEntry product) {
            this.product = product;
        }

        public ScopeEntry getProduct() {
            return product;
        }

        public boolean isTechnical() {
            return technical;
        }

        public void setTechnical(boolean technical) {
            this.technical = technical;
        }

        public boolean isStatistics() {
            return statistics;
        }

        public void setStatistics(boolean statistics) {
            this.statistics = statistics;
        }
    }

    AccessChoices(List<ScopeEntry> grantable) {
        grantable.forEach(product -> products.add(new Choice(product)));
    }

    /** What a request asked or a grant holds, as the starting choice. */
    AccessChoices startingFrom(AccessScope scope) {
        if (scope == null) {
            return this;
        }
        full = scope.full();
        billingEntrusted = scope.billingEntrusted();
        for (Choice choice : products) {
            for (ScopeEntry entry : scope.products()) {
                boolean named = entry.productId() == null ? entry.category() == choice.product.category()
                        : entry.productId().equals(choice.product.productId());
                if (named) {
                    choice.technical = entry.technical();
                    choice.statistics = entry.statistics();
                }
            }
        }
        return this;
    }

    /** The products with a right chosen; the facade refuses a limited access without any. */
    AccessScope scope() {
        List<ScopeEntry> chosen = new ArrayList<>();
        if (!full) {
            for (Choice choice : products) {
                if (choice.technical || choice.statistics) {
                    chosen.add(new ScopeEntry(choice.product.category(), choice.product.productId(), null,
                            choice.technical, choice.statistics));
                }
            }
        }
        return new AccessScope(full, billingEntrusted, chosen);
    }

    /** A line that says what an access covers, for the tables, in the reader's language. */
    static String describe(AccessScope access) {
        if (access == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (access.full()) {
            return Feedback.text(context, access.billingEntrusted() ? "partners.fullWithBilling" : "partners.full");
        }
        StringBuilder text = new StringBuilder();
        for (ScopeEntry entry : access.products()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(entry.productLabel() != null ? entry.productLabel()
                    : Feedback.text(context, "kind." + entry.category().slug()));
            String technical = Feedback.text(context, "partners.technical");
            String statistics = Feedback.text(context, "partners.statistics");
            text.append(" (").append(entry.technical() && entry.statistics() ? technical + ", " + statistics
                    : entry.technical() ? technical : statistics).append(')');
        }
        return text.toString();
    }

    public boolean isFull() {
        return full;
    }

    public void setFull(boolean full) {
        this.full = full;
    }

    public boolean isBillingEntrusted() {
        return billingEntrusted;
    }

    public void setBillingEntrusted(boolean billingEntrusted) {
        this.billingEntrusted = billingEntrusted;
    }

    public List<Choice> getProducts() {
        return products;
    }
}
