package ch.partnerportal.console.users;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.InvitationRequest;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import ch.partnerportal.tenancy.organizations.boundary.Memberships;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    private final MemberModel model = new MemberModel(this);
    private String search;
    private List<MemberView> selected = new ArrayList<>();

    private MemberView editing;
    private Role editRole;
    private ProductAccess[] editPermissions = new ProductAccess[0];
    private ContactTopic[] editContacts = new ContactTopic[0];

    private String inviteEmail;
    private Role inviteRole = Role.COLLABORATOR;
    private ProductAccess[] invitePermissions = new ProductAccess[0];
    private ContactTopic[] inviteContacts = new ContactTopic[0];
    private String inviteLanguage;

    Page<MemberView> members(int first, int size, String field, boolean descending) throws Refusal {
        String organization = session.getCurrentOrganizationId();
        if (organization == null) {
            return new Page<>(List.of(), 0);
        }
        return memberships.members(organization, search, first, size, field, descending);
    }

    /** A manager of the organization, or a partner's user in it with full access (PAR-5). */
    public boolean isMayManage() {
        OrganizationView current = session.getCurrent();
        return current != null && current.mayManage() || session.isActingWithFullAccess();
    }

    public List<InvitationView> getPendingInvitations() {
        if (!isMayManage()) {
            return List.of();
        }
        try {
            return invitations.pending(session.getCurrentOrganizationId());
        } catch (Refusal refusal) {
            return List.of();
        }
    }

    /** ORG-5: removes every selected user, or none if one of them may not go. */
    public void removeSelected() {
        if (selected == null || selected.isEmpty()) {
            Feedback.info("users.nothingSelected");
            return;
        }
        try {
            memberships.remove(session.getCurrentOrganizationId(), selected.stream().map(MemberView::accountId).toList());
            Feedback.info("users.removed", selected.size());
            selected = new ArrayList<>();
            session.refresh();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** ORG-5: leaves the current organization and goes to another one. */
    public void leave() throws IOException {
        try {
            memberships.leave(session.getCurrentOrganizationId());
            session.refresh();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Feedback.info("users.left");
            external.redirect(external.getRequestContextPath() + "/app/users.xhtml");
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void startEdit(MemberView member) {
        editing = member;
        editRole = member.role();
        editPermissions = member.permissions().toArray(new ProductAccess[0]);
        editContacts = member.contacts().toArray(new ContactTopic[0]);
    }

    /** ORG-6 / ORG-7 / ORG-9: role, permissions and contact preferences in one change. */
    public void saveEdit() {
        if (editing == null) {
            return;
        }
        try {
            memberships.change(session.getCurrentOrganizationId(), editing.accountId(), editRole,
                    set(editPermissions, ProductAccess.class), set(editContacts, ContactTopic.class));
            Feedback.info("users.saved", editing.email());
            editing = null;
            session.refresh();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void startInvite() {
        inviteEmail = null;
        inviteRole = Role.COLLABORATOR;
        invitePermissions = new ProductAccess[0];
        inviteContacts = new ContactTopic[0];
        inviteLanguage = language.getCode();
    }

    /** ORG-4: adds a user by e-mail invitation with role, permissions and contact preferences. */
    public void invite() {
        try {
            InvitationView view = invitations.invite(session.getCurrentOrganizationId(), new InvitationRequest(
                    inviteEmail, inviteRole, set(invitePermissions, ProductAccess.class),
                    set(inviteContacts, ContactTopic.class), inviteLanguage));
            Feedback.info(view.existingAccount() ? "users.invitedExisting" : "users.invited", view.email());
            inviteEmail = null;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void resend(InvitationView invitation) {
        try {
            invitations.resend(session.getCurrentOrganizationId(), invitation.id());
            Feedback.info("users.resent", invitation.email());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void withdraw(InvitationView invitation) {
        try {
            invitations.withdraw(session.getCurrentOrganizationId(), invitation.id());
            Feedback.info("users.withdrawn", invitation.email());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** Who can be offered which role: a legal representative offers every role, an administrator the rest. */
    public List<Role> getGrantableRoles() {
        OrganizationView current = session.getCurrent();
        if (current != null && current.myRole() == Role.LEGAL_REPRESENTATIVE) {
            return List.of(Role.values());
        }
        return List.of(Role.ADMINISTRATOR, Role.COLLABORATOR, Role.EXTERNAL);
    }


    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<ProductAccess> getProductAccesses() {
        return List.of(ProductAccess.values());
    }

    public List<ContactTopic> getContactTopics() {
        return List.of(ContactTopic.values());
    }

    public boolean isMe(MemberView member) {
        return member.accountId().equals(session.getAccount().id());
    }

    private static <E extends Enum<E>> Set<E> set(E[] values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(Arrays.asList(values));
        }
        return set;
    }

    public MemberModel getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<MemberView> getSelected() {
        return selected;
    }

    public void setSelected(List<MemberView> selected) {
        this.selected = selected;
    }

    public MemberView getEditing() {
        return editing;
    }

    public Role getEditRole() {
        return editRole;
    }

    public void setEditRole(Role editRole) {
        this.editRole = editRole;
    }

    public ProductAccess[] getEditPermissions() {
        return editPermissions;
    }

    public void setEditPermissions(ProductAccess[] editPermissions) {
        this.editPermissions = editPermissions;
    }

    public ContactTopic[] getEditContacts() {
        return editContacts;
    }

    public void setEditContacts(ContactTopic[] editContacts) {
        this.editContacts = editContacts;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public ProductAccess[] getInvitePermissions() {
        return invitePermissions;
    }

    public void setInvitePermissions(ProductAccess[] invitePermissions) {
        this.invitePermissions = invitePermissions;
    }

    public ContactTopic[] getInviteContacts() {
        return inviteContacts;
    }

    public void setInviteContacts(ContactTopic[] inviteContacts) {
        this.inviteContacts = inviteContacts;
    }

    public String getInviteLanguage() {
        return inviteLanguage;
    }

    public void setInviteLanguage(String inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }
}
