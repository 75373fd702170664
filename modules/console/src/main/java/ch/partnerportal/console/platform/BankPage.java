package ch.partnerportal.console.platform;

import ch.partnerportal.billing.api.BankImportView;
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
 * and see what each credit became; and the credits that named nothing known (PAY-3, PAY-6).
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

    public void open() {
        unassigned = transfers.unassigned();
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
}
