package ch.partnerportal.console;

import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.organizations.boundary.Memberships;
import ch.partnerportal.tenancy.teams.boundary.Teams;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current organization's members and teams as a page names and offers them: products and teams hold
 * account and team ids, people read names. Read once per page, at most {@value #MOST} members.
 */
@Named
@ViewScoped
public class OrganizationPeople implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MOST = 500;

    @Inject
    ConsoleSession session;

    @Inject
    Memberships memberships;

    @Inject
    Teams teams;

    private Map<String, String> people;
    private Map<String, String> teamNames;

    /** "Anna Rossi (anna@rossi.ch)", or the id of someone who is no member any more. */
    public String name(String accountId) {
        return people().getOrDefault(accountId, accountId);
    }

    public String team(String teamId) {
        return teams().getOrDefault(teamId, teamId);
    }

    public List<SelectItem> getMemberChoices() {
        return people().entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    public List<SelectItem> getTeamChoices() {
        return teams().entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    private Map<String, String> people() {
        if (people == null) {
            people = new LinkedHashMap<>();
            try {
                for (MemberView member : memberships.members(session.getCurrentOrganizationId(), null, 0, MOST,
                        "displayName", false).items()) {
                    people.put(member.accountId(), member.displayName() + " (" + member.email() + ")");
                }
            } catch (Refusal refusal) {
                Feedback.refusal(refusal);
            }
        }
        return people;
    }

    private Map<String, String> teams() {
        if (teamNames == null) {
            teamNames = new LinkedHashMap<>();
            try {
                for (TeamView team : teams.list(session.getCurrentOrganizationId())) {
                    teamNames.put(team.id(), team.name());
                }
            } catch (Refusal refusal) {
                Feedback.refusal(refusal);
            }
        }
        return teamNames;
    }
}
