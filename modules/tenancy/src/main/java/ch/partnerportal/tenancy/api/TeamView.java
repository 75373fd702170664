package ch.partnerportal.tenancy.api;

import java.util.List;
import java.util.Set;

/** ORG-8: a work team, its product permissions and its members' account ids. */
public record TeamView(String id, String name, Set<ProductAccess> permissions, List<String> members) {

    public TeamView {
        permissions = Set.copyOf(permissions);
        members = List.copyOf(members);
    }
}
