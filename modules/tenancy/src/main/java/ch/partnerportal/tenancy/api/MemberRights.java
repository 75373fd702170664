package ch.partnerportal.tenancy.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one member of an organization may do, for rules that depend on another person's rights than
 * the caller's (IDN-3: whether the account whose login ID is a mailbox's address may change it).
 *
 * @param loginId the account's login ID, its e-mail address (IDN-1)
 */
public record MemberRights(String accountId, String loginId, String displayName, Locale locale, Role role,
                           Set<ProductAccess> permissions, List<String> teams) implements CallerRights {

    /**
     * @param permissions its own and its teams' (ORG-8), added up
     * @param teams       the ids of the teams it is in
     */
    public MemberRights {
        permissions = Set.copyOf(permissions);
        teams = List.copyOf(teams);
    }

    /** Legal representatives and administrators hold every permission (ORG-3). */
    public boolean may(ProductAccess kind, ProductAction action) {
        return role.mayManage() || permissions.contains(kind);
    }

    /** A member's permission is per kind: it holds for each of the kind's products. */
    @Override
    public boolean may(ProductAccess kind, String productId, ProductAction action) {
        return may(kind, action);
    }

    @Override
    public boolean mayListProducts() {
        return role.mayManage() || !permissions.isEmpty();
    }
}
