package ch.partnerportal.billing.transfers.boundary;

import ch.partnerportal.billing.api.BankImportView;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.transfers.control.QrBills;
import ch.partnerportal.billing.invoices.control.Numbering;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceStatus;
import ch.partnerportal.billing.orders.control.Delivery;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.billing.transfers.control.BankNotifications;
import ch.partnerportal.billing.transfers.control.TransferReferences;
import ch.partnerportal.billing.transfers.entity.BankCredit;
import ch.partnerportal.billing.transfers.entity.ReportedCredit;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The provider's accountants import what the bank reported (camt.054 or camt.053); each credit is
 * matched by the reference the payer quoted (PAY-3, PAY-6). The whole file is one transaction: it is
 * imported entirely or, if refused, not at all.
 */
@Stateless
@DeclareRoles("platform-admin")
public class BankTransfers {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TransferReferences references;

    @Inject
    Numbering numbering;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    Delivery delivery;

    @Inject
    Clock clock;

    @RolesAllowed("platform-admin")
    public BankImportView importNotification(byte[] xml) throws Refusal {
        BankNotifications.Notification notification = BankNotifications.read(xml);
        QrBills.Payee payee = references.payee();
        for (String account : notification.accounts()) {
            if (!QrBills.isValidAccount(account)) {
                throw new Refusal(BillingError.BANK_ACCOUNT_INVALID, account);
            }
            if (!account.equals(payee.iban()) && !account.equals(payee.qrIban())) {
                // another company's statement, or a test file: importing it would credit strangers' money
                throw new Refusal(BillingError.BANK_ACCOUNT_NOT_OURS, QrBills.formatAccount(account));
            }
        }
        List<ReportedCredit> credits = notification.credits();
        Instant now = clock.instant();
        List<BankImportView.Credit> settled = new ArrayList<>();
        int alreadyImported = 0;
        for (ReportedCredit credit : credits) {
            if (known(credit.bankReference())) {
                alreadyImported++;
                continue;
            }
            BankCredit kept = settle(credit, now);
            em.persist(kept);
            // the next credit of the same file may carry the same bank reference: it must see this one
            em.flush();
            settled.add(view(kept));
        }
        return new BankImportView(credits.size(), alreadyImported, settled);
    }

    /** Credits that named nothing known, newest first, for assigning by hand. */
    @RolesAllowed("platform-admin")
    public List<BankImportView.Credit> unassigned() {
        return em.createQuery("select c from BankCredit c where c.outcome = :outcome order by c.importedAt desc",
                        BankCredit.class)
                .setParameter("outcome", BankCredit.Outcome.UNASSIGNED).setMaxResults(500)
                .getResultStream().map(this::view).toList();
    }

    private boolean known(String bankReference) {
        return !em.createQuery("select c.id from BankCredit c where c.bankReference = :reference", String.class)
                .setParameter("reference", bankReference).setMaxResults(1).getResultList().isEmpty();
    }

    private BankCredit settle(ReportedCredit credit, Instant now) throws Refusal {
        Optional<Currency> currency = Arrays.stream(Currency.values())
                .filter(c -> c.code().equals(credit.currency())).findFirst();
        Optional<TransferReference> reference = credit.paymentReference().flatMap(references::find);
        if (reference.isEmpty() || currency.isEmpty() || currency.get() != reference.get().currency()) {
            // in another currency than the reference was issued for, it would land in an account the
            // customer does not see: the accountants decide (usually: send it back)
            return BankCredit.settled(credit, BankCredit.Outcome.UNASSIGNED,
                    reference.map(TransferReference::organizationId).orElse(null), null, now);
        }
        String organizationId = reference.get().organizationId();
        Money amount = Money.of(credit.amount(), currency.get());
        String key = "bank:" + credit.bankReference();
        if (reference.get().purpose() == TransferReference.Purpose.DEPOSIT) {
            prepaid.locked(organizationId, currency.get()).creditTransfer(amount, key, text(credit), now);
            return BankCredit.settled(credit, BankCredit.Outcome.DEPOSITED, organizationId, null, now);
        }
        String invoiceId = reference.get().invoiceId().orElseThrow();
        // the order first, then its invoice: the same order of locks as a checkout
        Optional<PurchaseOrder> order = em.createQuery("select o from PurchaseOrder o where o.invoiceId = :invoice",
                        PurchaseOrder.class)
                .setParameter("invoice", invoiceId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        boolean payable = invoice.status() == InvoiceStatus.PRO_FORMA && !amount.isLessThan(invoice.payable());
        if (!payable) {
            prepaid.locked(organizationId, currency.get()).creditUnmatchedTransfer(amount, key, text(credit), now);
            return BankCredit.settled(credit, BankCredit.Outcome.CREDITED_TO_PREPAID, organizationId, invoiceId, now);
        }
        invoice.markPaid(numbering.next(DocumentSeries.INVOICE, invoice.currency(), now), now);
        if (order.isPresent() && order.get().isAwaitingTransfer()) {
            order.get().transferArrived(now);
            delivery.deliver(order.get(), false, now);
        }
        Money excess = amount.minus(invoice.payable());
        if (excess.isPositive()) {
            prepaid.locked(organizationId, currency.get()).creditUnmatchedTransfer(excess, key,
                    "Excess " + invoice.number().orElseThrow(), now);
            return BankCredit.settled(credit, BankCredit.Outcome.INVOICE_PAID_EXCESS_TO_PREPAID, organizationId,
                    invoiceId, now);
        }
        return BankCredit.settled(credit, BankCredit.Outcome.INVOICE_PAID, organizationId, invoiceId, now);
    }

    private static String text(ReportedCredit credit) {
        String text = "Transfer " + credit.paymentReference().orElse("") + credit.debtor().map(d -> " " + d).orElse("");
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private BankImportView.Credit view(BankCredit credit) {
        String invoiceNumber = credit.invoiceId().map(id -> em.find(Invoice.class, id))
                .flatMap(Invoice::number).orElse(null);
        return new BankImportView.Credit(credit.bankReference(), credit.amount().toPlainString(), credit.currency(),
                credit.paymentReference().orElse(null), credit.debtor().orElse(null), credit.bookedOn().orElse(null),
                credit.outcome().name().toLowerCase().replace('_', '-'), credit.organizationId().orElse(null),
                credit.outcome() == BankCredit.Outcome.CREDITED_TO_PREPAID ? null : invoiceNumber);
    }
}
