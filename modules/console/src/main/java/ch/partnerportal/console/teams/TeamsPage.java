package ch.partnerportal.console.teams;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.teams.boundary.Teams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organization's work teams (ORG-8): every member sees them; legal representatives and
 * administrators make, rename, fill and delete them, and the facade refuses everyone else.
 */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Teams teams;

    private List<TeamView> list;
    private String newName;
    private ProductAccess[] newPermissions = new ProductAccess[0];
    private final Map<String, String> names = new HashMap<>();
    // names of ProductAccess: a map's values carry no type the checkboxes could convert to
    private final Map<String, List<String>> permissions = new HashMap<>();
    private final Map<String, String> chosenMember = new HashMap<>();

    private void load() {
        try {
            list = teams.list(session.getCurrentOrganizationId());
            names.clear();
            permissions.clear();
            for (TeamView team : list) {
                names.put(team.id(), team.name());
                permissions.put(team.id(), new ArrayList<>(team.permissions().stream().sorted().map(Enum::name)
                        .toList()));
            }
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            list = List.of();
        }
    }

    public List<TeamView> getTeams() {
        if (list == null) {
            load();
        }
        return list;
    }

    public List<ProductAccess> getProductAccesses() {
        return List.of(ProductAccess.values());
    }

    public void create() {
        try {
            TeamView made = teams.create(session.getCurrentOrganizationId(), newName, of(newPermissions));
            Feedback.info("teams.made", made.name());
            newName = null;
            newPermissions = new ProductAccess[0];
            load();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void save(String teamId) {
        try {
            List<String> chosen = permissions.getOrDefault(teamId, List.of());
            TeamView saved = teams.change(session.getCurrentOrganizationId(), teamId, names.get(teamId),
                    of(chosen.stream().map(ProductAccess::valueOf).toArray(ProductAccess[]::new)));
            Feedback.info("teams.saved", saved.name());
            load();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void delete(String teamId) {
        try {
            teams.delete(session.getCurrentOrganizationId(), teamId);
            load();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void addMember(String teamId) {
        try {
            teams.addMember(session.getCurrentOrganizationId(), teamId, chosenMember.get(teamId));
            chosenMember.remove(teamId);
            load();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void removeMember(String teamId, String accountId) {
        try {
            teams.removeMember(session.getCurrentOrganizationId(), teamId, accountId);
            load();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    private static Set<ProductAccess> of(ProductAccess[] chosen) {
        return chosen == null || chosen.length == 0 ? EnumSet.noneOf(ProductAccess.class)
                : EnumSet.copyOf(Arrays.asList(chosen));
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, List<String>> getPermissions() {
        return permissions;
    }

    public Map<String, String> getChosenMember() {
        return chosenMember;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ProductAccess[] getNewPermissions() {
        return newPermissions;
    }

    public void setNewPermissions(ProductAccess[] newPermissions) {
        this.newPermissions = newPermissions;
    }
}
