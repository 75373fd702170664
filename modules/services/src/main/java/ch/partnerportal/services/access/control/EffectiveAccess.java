package ch.partnerportal.services.access.control;

import ch.partnerportal.services.chat.entity.ChatRole;
import ch.partnerportal.services.chat.entity.ChatSpace;
import ch.partnerportal.services.drives.entity.Drive;
import ch.partnerportal.services.drives.entity.DriveRole;
import ch.partnerportal.services.mail.entity.Mailbox;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place where a person's access to a given product thing is worked out from what they were
 * given in person and what their teams were given (ORG-8): for mail, the two add up; for kDrive, a
 * person's own role overrides their teams'; for kChat, being in the workspace in person and through a
 * team add up, a person's own role deciding which. Only members of the organization count.
 */
@Dependent
public class EffectiveAccess {

    @Inject
    TenantAccess tenants;

    /** The accounts that read a mailbox: its readers and the members of its reading teams. */
    public Set<String> readersOf(Mailbox mailbox) {
        Set<String> readers = new TreeSet<>(mailbox.readers());
        for (String team : mailbox.teamReaders()) {
            tenants.team(mailbox.organizationId(), team).ifPresent(view -> readers.addAll(view.members()));
        }
        return readers;
    }

    /** The role an account has in a drive, if any. */
    public Optional<DriveRole> roleOf(Drive drive, String accountId) {
        Optional<MemberRights> member = tenants.member(drive.organizationId(), accountId);
        return member.flatMap(rights -> drive.roleOf(accountId, rights.teams()));
    }

    /** The role an account has in a kChat workspace, if it is in it. */
    public Optional<ChatRole> roleOf(ChatSpace space, String accountId) {
        Optional<MemberRights> member = tenants.member(space.organizationId(), accountId);
        return member.flatMap(rights -> space.roleOf(accountId, rights.teams()));
    }

    /** Everyone in a kChat workspace with their role: its own members and its teams' who are still members. */
    public Map<String, ChatRole> peopleOf(ChatSpace space) {
        Set<String> candidates = new TreeSet<>(space.members().keySet());
        for (String team : space.teams()) {
            tenants.team(space.organizationId(), team).ifPresent(view -> candidates.addAll(view.members()));
        }
        Map<String, ChatRole> people = new TreeMap<>();
        for (String person : candidates) {
            roleOf(space, person).ifPresent(role -> people.put(person, role));
        }
        return people;
    }
}
