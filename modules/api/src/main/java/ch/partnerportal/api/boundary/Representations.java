package ch.partnerportal.api.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The closed vocabularies of version 1 (roles, permissions, contacts), which travel as lower-case slugs. */
final class Representations {

    private Representations() {
    }

    static Role role(String slug) throws Refusal {
        return Role.fromSlug(slug).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_ROLE, String.valueOf(slug)));
    }

    static Set<ProductAccess> permissions(List<String> slugs) throws Refusal {
        EnumSet<ProductAccess> set = EnumSet.noneOf(ProductAccess.class);
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            set.add(ProductAccess.fromSlug(slug).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_PERMISSION,
                    String.valueOf(slug))));
        }
        return set;
    }

    static Set<ContactTopic> contacts(List<String> slugs) throws Refusal {
        EnumSet<ContactTopic> set = EnumSet.noneOf(ContactTopic.class);
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            set.add(ContactTopic.fromSlug(slug).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_CONTACT_TOPIC,
                    String.valueOf(slug))));
        }
        return set;
    }
}
