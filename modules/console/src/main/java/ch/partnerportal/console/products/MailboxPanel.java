package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.MailboxView;
import ch.partnerportal.services.api.PasswordOptions;
import ch.partnerportal.services.mail.boundary.Mailboxes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * One mailbox opened from a mail service's list: its password (a new one of its own, or, only when IDN-3
 * offers it, the login password of the account that is its address) and who reads it (users).
 */
@Named
@ViewScoped
public class MailboxPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ProductPage page;

    @Inject
    Mailboxes mailboxes;

    private MailboxView mailbox;
    private PasswordOptions options;
    private String newPassword;
    private String readerId;
    private String teamId;

    public void open(String mailboxId) {
        try {
            mailbox = mailboxes.get(session.getCurrentOrganizationId(), page.getId(), mailboxId);
            options = mailboxes.passwordOptions(session.getCurrentOrganizationId(), page.getId(), mailboxId);
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    private void reload() {
        if (mailbox != null) {
            open(mailbox.id());
        }
    }

    /** A change, then the panel read again: what the facade answers is shown as it now is. */
    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            reload();
        }
    }

    public void changePassword() {
        try {
            act(() -> {
                mailboxes.changePassword(session.getCurrentOrganizationId(), page.getId(), mailbox.id(), newPassword);
                Feedback.info("mailbox.passwordChanged", mailbox.address());
            });
        } finally {
            // a password is never shown again, not even in a form that failed
            newPassword = null;
        }
    }

    public void unify() {
        act(() -> {
            mailboxes.unify(session.getCurrentOrganizationId(), page.getId(), mailbox.id());
            Feedback.info("mailbox.unifiedNow", mailbox.address());
        });
    }

    public void addReader() {
        act(() -> {
            if (readerId != null && !readerId.isEmpty()) {
                mailboxes.addReader(session.getCurrentOrganizationId(), page.getId(), mailbox.id(), readerId);
            } else {
                mailboxes.addTeamReader(session.getCurrentOrganizationId(), page.getId(), mailbox.id(), teamId);
            }
            readerId = null;
            teamId = null;
        });
    }

    public void removeReader(String accountId) {
        act(() -> mailboxes.removeReader(session.getCurrentOrganizationId(), page.getId(), mailbox.id(), accountId));
    }

    public void removeTeamReader(String team) {
        act(() -> mailboxes.removeTeamReader(session.getCurrentOrganizationId(), page.getId(), mailbox.id(), team));
    }

    public MailboxView getMailbox() {
        return mailbox;
    }

    public PasswordOptions getOptions() {
        return options;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getReaderId() {
        return readerId;
    }

    public void setReaderId(String readerId) {
        this.readerId = readerId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }
}
