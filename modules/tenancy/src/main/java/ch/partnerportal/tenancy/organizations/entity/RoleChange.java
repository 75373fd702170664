package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.Role;

/** What a role change did, so that the affected user can be told (ORG-9). */
public record RoleChange(Account account, Role before, Role after) {
    public boolean changed() {
        return before != after;
    }
}
