package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** What a partner may touch of a client's account, as a request names it (PAR-4). */
@Schema(name = "AccessChoice", description = "Full access (the whole account, products added later included), "
        + "with or without billing entrusted, or the products listed")
public record AccessChoice(
        Boolean full,
        @Schema(description = "With full access only: billing is entrusted to the partner too") Boolean billingEntrusted,
        @Size(max = 500) List<ProductChoice> products) {

    public AccessScope scope() throws Refusal {
        List<ScopeEntry> entries = new ArrayList<>();
        for (ProductChoice product : products == null ? List.<ProductChoice>of() : products) {
            String slug = product.category() == null ? "" : product.category();
            ProductAccess category = ProductAccess.fromSlug(slug).filter(kind -> kind != ProductAccess.BILLING)
                    .orElseThrow(() -> new Refusal(PartnerError.UNKNOWN_CATEGORY, slug));
            entries.add(new ScopeEntry(category, product.productId(), null, Boolean.TRUE.equals(product.technical()),
                    Boolean.TRUE.equals(product.statistics())));
        }
        return new AccessScope(Boolean.TRUE.equals(full), Boolean.TRUE.equals(billingEntrusted), entries);
    }

    static AccessScope scopeOf(AccessChoice choice) throws Refusal {
        return choice == null ? null : choice.scope();
    }
}
