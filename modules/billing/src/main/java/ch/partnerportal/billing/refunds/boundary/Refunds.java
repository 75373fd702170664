package ch.partnerportal.billing.refunds.boundary;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import ch.partnerportal.billing.api.RefundViews.Destination;
import ch.partnerportal.billing.api.RefundViews.RefundRequest;
import ch.partnerportal.billing.api.RefundViews.RefundableInvoice;
import ch.partnerportal.billing.invoices.control.Numbering;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.orders.control.OrderViews;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.payments.control.IdempotencyKeys;
import ch.partnerportal.billing.payments.control.RequestKeys;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refunds: the provider's staff refund lines of a paid invoice; each refund issues a credit note
 * and sends the money back, once per request key. Customers see their credit notes with the
 * billing permission.
 */
@Stateless
@DeclareRoles("platform-admin")
public class Refunds {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    Numbering numbering;

    @Inject
    PaymentGateway gateway;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    RequestKeys requestKeys;

    @Inject
    Clock clock;

    @RolesAllowed("platform-admin")
    public CreditNoteView refund(RefundRequest request) throws Refusal {
        String key = IdempotencyKeys.require(request.idempotencyKey());
        Invoice invoice = request.invoiceId() == null ? null
                : em.find(Invoice.class, request.invoiceId(), LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
        Set<Integer> named = request.lines() == null ? Set.of() : request.lines();
        requestKeys.claim(RequestKeys.PLATFORM, key, "refund", invoice.id(), RequestKeys.fingerprint(
                request.allLines() ? "all" : new TreeSet<>(named), request.reason(), request.destination()));
        Optional<CreditNote> repeated = em.createQuery("select c from CreditNote c where c.requestKey = :key",
                CreditNote.class).setParameter("key", key).getResultStream().findFirst();
        if (repeated.isPresent()) {
            if (!repeated.get().invoiceId().equals(invoice.id())) {
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
            return OrderViews.creditNote(repeated.get());
        }
        List<CreditNote> earlier = em.createQuery("select c from CreditNote c where c.invoice.id = :invoice",
                CreditNote.class).setParameter("invoice", invoice.id()).getResultList();
        if (request.allLines() && !named.isEmpty()) {
            throw new Refusal(BillingError.REFUND_LINES_AMBIGUOUS);
        }
        Set<Integer> lines = request.allLines() ? notYetRefunded(invoice, earlier) : named;
        Instant now = clock.instant();
        CreditNote note = CreditNote.refunding(invoice, earlier, lines,
                numbering.next(DocumentSeries.CREDIT_NOTE, invoice.currency(), now), request.reason(), now);

        Optional<PurchaseOrder> order = em.createQuery("select o from PurchaseOrder o where o.invoiceId = :invoice",
                PurchaseOrder.class).setParameter("invoice", invoice.id()).getResultStream().findFirst();
        Money zero = Money.zero(invoice.currency());
        Money toProvider = zero;
        String refundId = null;
        Optional<String> transaction = order.flatMap(PurchaseOrder::transactionId);
        if (request.destination() != Destination.PREPAID_ACCOUNT && transaction.isPresent()
                && order.get().paymentMethod().filter(PaymentMethod::usesProvider).isPresent()) {
            Money paidByProvider = invoice.payable().minus(order.get().balancePart().orElse(zero));
            Money alreadyBack = earlier.stream().map(CreditNote::toProvider).reduce(zero, Money::plus);
            toProvider = note.payable().min(paidByProvider.minus(alreadyBack));
            if (toProvider.isPositive()) {
                refundId = gateway.refund(key + ":provider", transaction.get(), toProvider).refundId();
            } else {
                toProvider = zero;
            }
        }
        Money toBalance = note.payable().minus(toProvider);
        if (toBalance.isPositive()) {
            prepaid.locked(invoice.organizationId(), invoice.currency()).refund(toBalance, key + ":balance",
                    "Credit note " + note.number(), now);
        }
        note.refundedAs(key, toProvider, toBalance, refundId);
        em.persist(note);
        return OrderViews.creditNote(note);
    }

    /** The invoice of that number (as printed, e.g. CHF-2026-000042), with what was refunded of it. */
    @RolesAllowed("platform-admin")
    public Optional<RefundableInvoice> invoice(String number) {
        String wanted = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        return em.createQuery("select i from Invoice i where i.number = :number", Invoice.class)
                .setParameter("number", wanted).getResultStream().findFirst().map(invoice -> {
                    List<CreditNote> notes = em.createQuery("select c from CreditNote c where c.invoice.id = :invoice "
                            + "order by c.issuedAt", CreditNote.class).setParameter("invoice", invoice.id()).getResultList();
                    Set<Integer> refunded = new TreeSet<>();
                    notes.forEach(note -> refunded.addAll(note.creditedLineNumbers()));
                    return new RefundableInvoice(OrderViews.invoice(invoice), invoice.organizationId(), refunded,
                            notes.stream().map(OrderViews::creditNote).toList());
                });
    }

    /** One page of the organization's credit notes, newest first, with how many there are. */
    public Page<CreditNoteView> creditNotes(String organizationId, int first, int size) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        long total = em.createQuery("select count(c) from CreditNote c where c.organizationId = :organization",
                Long.class).setParameter("organization", organizationId).getSingleResult();
        return new Page<>(em.createQuery("select c from CreditNote c where c.organizationId = :organization "
                        + "order by c.issuedAt desc, c.id", CreditNote.class)
                .setParameter("organization", organizationId).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), Orders.MAX_PAGE))
                .getResultStream().map(OrderViews::creditNote).toList(), total);
    }

    private static Set<Integer> notYetRefunded(Invoice invoice, List<CreditNote> earlier) {
        Set<Integer> lines = new TreeSet<>();
        invoice.lines().stream().map(InvoiceLine::lineNumber).forEach(lines::add);
        earlier.forEach(note -> lines.removeAll(note.creditedLineNumbers()));
        return lines;
    }
}
