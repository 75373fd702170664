package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A change of a member as the audit trail keeps it: each part that changed, before and after, as
 * {@code role: collaborator → administrator; permissions: mail → domains, mail}. Parts that did not
 * change are left out; nothing changed gives an empty text.
 */
public final class MemberChangeText {

    private MemberChangeText() {
    }

    public static String between(Role roleBefore, Collection<ProductAccess> permissionsBefore,
                                 Collection<ContactTopic> contactsBefore, Role roleAfter,
                                 Collection<ProductAccess> permissionsAfter, Collection<ContactTopic> contactsAfter) {
        List<String> parts = new ArrayList<>();
        if (roleBefore != roleAfter) {
            parts.add("role: " + roleBefore.slug() + " → " + roleAfter.slug());
        }
        part(parts, "permissions", permissionsBefore, permissionsAfter, ProductAccess::slug);
        part(parts, "contacts", contactsBefore, contactsAfter, ContactTopic::slug);
        return String.join("; ", parts);
    }

    /** A member as the trail keeps it before and after a change: {@code role: collaborator; permissions: mail; contacts: none}. */
    public static String state(Role role, Collection<ProductAccess> permissions, Collection<ContactTopic> contacts) {
        return "role: " + role.slug() + "; permissions: " + listed(permissions, ProductAccess::slug) + "; contacts: "
                + listed(contacts, ContactTopic::slug);
    }

    private static <T> void part(List<String> parts, String name, Collection<T> before, Collection<T> after,
                                 Function<T, String> slug) {
        String was = listed(before, slug);
        String is = listed(after, slug);
        if (!Objects.equals(was, is)) {
            parts.add(name + ": " + was + " → " + is);
        }
    }

    private static <T> String listed(Collection<T> values, Function<T, String> slug) {
        List<String> slugs = values.stream().map(slug).sorted().toList();
        return slugs.isEmpty() ? "none" : String.join(", ", slugs);
    }
}
