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
import ch.partnerportal.billing.api.OrganizationMatch;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The provider's accountants import what the bank reported (camt.054 or camt.053); each credit is
 * matched by the reference the payer quoted (PAY-3, PAY-6). The whole file is one transaction: it is
 * imported entirely or, if refused, not at all. A credit that named nothing known waits for them to
 * recognise the payer (and credit that organization's prepaid account) or to send it back.
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
    OrganizationDirectory directory;

    @Resource
    SessionContext context;

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

    /** Credits the accountants assigned or returned by hand, newest first: who did what, when and why. */
    @RolesAllowed("platform-admin")
    public List<BankImportView.Credit> resolvedByHand() {
        return em.createQuery("select c from BankCredit c where c.outcome in :outcomes order by c.resolvedAt desc",
                        BankCredit.class)
                .setParameter("outcomes", List.of(BankCredit.Outcome.ASSIGNED_TO_PREPAID, BankCredit.Outcome.RETURNED))
                .setMaxResults(200).getResultStream().map(this::view).toList();
    }

    /** Organizations an unassigned credit could belong to: by name, a member's e-mail address or the id. */
    @RolesAllowed("platform-admin")
    public List<OrganizationMatch> organizations(String text) {
        return directory.search(text, 20).stream().map(BankTransfers::match).toList();
    }

    /**
     * An accountant recognised the payer of an unassigned credit: the whole amount goes to that
     * organization's prepaid account (PAY-6), where the customer sees it in the ledger and can pay with
     * it. A credit in another currency than the organization is billed in can only be returned: it
     * would land in an account the customer never sees.
     */
    @RolesAllowed("platform-admin")
    public BankImportView.Credit assign(String creditId, String organizationId, String note) throws Refusal {
        BankCredit credit = lockedCredit(creditId);
        TenantProfile organization = directory.profile(organizationId)
                .orElseThrow(() -> new Refusal(BillingError.ORGANIZATION_NOT_FOUND, String.valueOf(organizationId)));
        Currency billed = Currency.forBillingCountry(organization.country());
        if (!billed.code().equals(credit.currency())) {
            throw new Refusal(BillingError.BANK_CREDIT_CURRENCY_NOT_BILLED, credit.currency(), billed.code());
        }
        Instant now = clock.instant();
        credit.assignedTo(organization.organizationId(), accountant(), note, now);
        prepaid.locked(organization.organizationId(), billed).creditUnmatchedTransfer(Money.of(credit.amount(), billed),
                "bank:" + credit.bankReference(), text(credit.paymentReference(), credit.debtor()), now);
        return view(credit);
    }

    /** The accountants sent an unassigned credit back to the payer from the bank: recorded, nothing booked. */
    @RolesAllowed("platform-admin")
    public BankImportView.Credit returnToPayer(String creditId, String note) throws Refusal {
        BankCredit credit = lockedCredit(creditId);
        credit.returnedToPayer(accountant(), note, clock.instant());
        return view(credit);
    }

    private BankCredit lockedCredit(String creditId) throws Refusal {
        BankCredit credit = creditId == null ? null : em.find(BankCredit.class, creditId, LockModeType.PESSIMISTIC_WRITE);
        if (credit == null) {
            throw new Refusal(BillingError.BANK_CREDIT_NOT_FOUND, String.valueOf(creditId));
        }
        return credit;
    }

    private String accountant() {
        return context.getCallerPrincipal().getName();
    }

    private static OrganizationMatch match(TenantProfile organization) {
        return new OrganizationMatch(organization.organizationId(), organization.name(), organization.city(),
                organization.country(), Currency.forBillingCountry(organization.country()).code());
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
        return text(credit.paymentReference(), credit.debtor());
    }

    private static String text(Optional<String> reference, Optional<String> debtor) {
        String text = Stream.of(Optional.of("Transfer"), reference, debtor).flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private BankImportView.Credit view(BankCredit credit) {
        String invoiceNumber = credit.invoiceId().map(id -> em.find(Invoice.class, id))
                .flatMap(Invoice::number).orElse(null);
        // the accountants chose the organization by its name: show it back to them
        String organizationName = credit.outcome() != BankCredit.Outcome.ASSIGNED_TO_PREPAID ? null
                : credit.organizationId().flatMap(directory::profile).map(TenantProfile::name).orElse(null);
        return new BankImportView.Credit(credit.id(), credit.bankReference(), credit.amount().toPlainString(),
                credit.currency(), credit.paymentReference().orElse(null), credit.debtor().orElse(null),
                credit.bookedOn().orElse(null), credit.outcome().name().toLowerCase().replace('_', '-'),
                credit.organizationId().orElse(null), organizationName,
                credit.outcome() == BankCredit.Outcome.CREDITED_TO_PREPAID ? null : invoiceNumber,
                credit.resolvedBy().orElse(null), credit.resolvedAt().orElse(null),
                credit.resolutionNote().orElse(null));
    }
}
