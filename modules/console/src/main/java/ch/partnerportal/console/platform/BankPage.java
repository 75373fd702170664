package ch.partnerportal.console.platform;

import ch.partnerportal.billing.api.BankImportView;
import ch.partnerportal.billing.api.OrganizationMatch;
import ch.partnerportal.billing.transfers.boundary.BankTransfers;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * For the provider's platform administrators: import the bank's notification (camt.054 or camt.053)
 * and see what each credit became; and resolve the credits that named nothing known (PAY-3, PAY-6):
 * find the organization the payer belongs to and credit its prepaid account, or record that the money
 * went back to the payer.
 */
@Named
@ViewScoped
public class BankPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Far above a day's notification of a busy account; a larger upload is refused before reading. */
    static final long LARGEST_FILE = 10L * 1024 * 1024;

    @Inject
    BankTransfers transfers;

    private transient Part file;
    private BankImportView report;
    private List<BankImportView.Credit> unassigned = List.of();
    private List<BankImportView.Credit> resolved = List.of();

    /** The unassigned credit being resolved, the organizations found for it and the one chosen. */
    private BankImportView.Credit credit;
    private String search;
    private List<OrganizationMatch> matches = List.of();
    private String organizationId;
    private String note;

    public void open() {
        unassigned = transfers.unassigned();
        resolved = transfers.resolvedByHand();
    }

    /** Starts resolving one credit; the payer's name is the first guess of whom it belongs to. */
    public void resolve(BankImportView.Credit chosen) {
        credit = chosen;
        search = chosen.debtor();
        note = null;
        organizationId = null;
        matches = search == null ? List.of() : transfers.organizations(search);
    }

    public void find() {
        organizationId = null;
        matches = transfers.organizations(search);
        if (matches.isEmpty()) {
            Feedback.info("bank.noOrganization", search == null ? "" : search.strip());
        }
    }

    public void assign() {
        if (credit == null) {
            return;
        }
        if (organizationId == null) {
            Feedback.info("bank.chooseOrganization");
            return;
        }
        try {
            BankImportView.Credit done = transfers.assign(credit.id(), organizationId, note);
            Feedback.info("bank.assigned", done.currency() + " " + done.amount(), done.organizationName());
            finish();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void returnToPayer() {
        if (credit == null) {
            return;
        }
        try {
            BankImportView.Credit done = transfers.returnToPayer(credit.id(), note);
            Feedback.info("bank.returned", done.currency() + " " + done.amount());
            finish();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void cancel() {
        credit = null;
        matches = List.of();
    }

    private void finish() {
        cancel();
        open();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.info("bank.chooseFile");
            return;
        }
        if (file.getSize() > LARGEST_FILE) {
            Feedback.info("bank.tooLarge");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            report = transfers.importNotification(content.readAllBytes());
            Feedback.info("bank.imported", report.credits(), report.alreadyImported());
        } catch (Refusal refusal) {
            report = null;
            Feedback.refusal(refusal);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
        open();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BankImportView getReport() {
        return report;
    }

    public List<BankImportView.Credit> getUnassigned() {
        return unassigned;
    }

    public List<BankImportView.Credit> getResolved() {
        return resolved;
    }

    public BankImportView.Credit getCredit() {
        return credit;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<OrganizationMatch> getMatches() {
        return matches;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
