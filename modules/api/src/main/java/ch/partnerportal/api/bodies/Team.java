package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TeamView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** ORG-8: a work team. */
@Schema(name = "Team", description = "A work team: its product permissions add to its members' own")
public record Team(
        @Schema(required = true) String id,
        @Schema(required = true, example = "Support") String name,
        @Schema(required = true, description = "Product permissions, for example mail") List<String> permissions,
        @Schema(required = true, description = "Account ids of its members") List<String> members) {

    public static Team of(TeamView view) {
        return new Team(view.id(), view.name(), view.permissions().stream().sorted().map(ProductAccess::slug).toList(),
                view.members());
    }
}
