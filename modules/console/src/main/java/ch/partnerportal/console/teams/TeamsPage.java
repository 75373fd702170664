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
import java.util.Collection;
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

    /** A change, then the panel read again: what the facade answers is shown as it now is. */
    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            load();
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
        act(() -> {
            TeamView made = teams.create(session.getCurrentOrganizationId(), newName,
                    of(newPermissions == null ? List.of() : Arrays.asList(newPermissions)));
            Feedback.info("teams.made", made.name());
            newName = null;
            newPermissions = new ProductAccess[0];
        });
    }

    public void save(String teamId) {
        act(() -> {
            TeamView saved = teams.change(session.getCurrentOrganizationId(), teamId, names.get(teamId),
                    of(permissions.getOrDefault(teamId, List.of()).stream().map(ProductAccess::valueOf).toList()));
            Feedback.info("teams.saved", saved.name());
        });
    }

    public void delete(String teamId) {
        act(() -> teams.delete(session.getCurrentOrganizationId(), teamId));
    }

    public void addMember(String teamId) {
        act(() -> {
            teams.addMember(session.getCurrentOrganizationId(), teamId, chosenMember.get(teamId));
            chosenMember.remove(teamId);
        });
    }

    public void removeMember(String teamId, String accountId) {
        act(() -> teams.removeMember(session.getCurrentOrganizationId(), teamId, accountId));
    }

    private static Set<ProductAccess> of(Collection<ProductAccess> chosen) {
        return chosen.isEmpty() ? EnumSet.noneOf(ProductAccess.class) : EnumSet.copyOf(chosen);
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
