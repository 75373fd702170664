package ch.partnerportal.billing.transfers.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.invoices.control.SupplierDetails;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Hands out transfer references and the instructions that go with them. */
@Dependent
public class TransferReferences {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    SupplierDetails supplier;

    /** PAY-3: the reference of a pro-forma, made with it. */
    public TransferReference forInvoice(Invoice proForma, Instant now) throws Refusal {
        requireConfigured();
        TransferReference reference = TransferReference.forInvoice(unused(proForma.currency(), TransferReference.Purpose.INVOICE),
                proForma.organizationId(), proForma.currency(), proForma.id(), now);
        em.persist(reference);
        return reference;
    }

    /**
     * PAY-6: the organization's standing reference for deposits in that currency, made on first use.
     * The caller holds the prepaid account's lock, so two requests cannot make two.
     */
    public TransferReference forDeposits(String organizationId, Currency currency, Instant now) throws Refusal {
        requireConfigured();
        Optional<TransferReference> existing = em.createQuery("select r from TransferReference r "
                        + "where r.organizationId = :organization and r.currency = :currency and r.purpose = :purpose",
                        TransferReference.class)
                .setParameter("organization", organizationId).setParameter("currency", currency)
                .setParameter("purpose", TransferReference.Purpose.DEPOSIT)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        TransferReference created = TransferReference.forDeposits(unused(currency, TransferReference.Purpose.DEPOSIT),
                organizationId, currency, now);
        em.persist(created);
        return created;
    }

    public Optional<TransferReference> ofInvoice(String invoiceId) {
        return em.createQuery("select r from TransferReference r where r.invoiceId = :invoice", TransferReference.class)
                .setParameter("invoice", invoiceId).getResultStream().findFirst();
    }

    public Optional<TransferReference> find(String reference) {
        String normalized = TransferReference.normalize(reference);
        return normalized.isEmpty() || normalized.length() > 27 ? Optional.empty()
                : Optional.ofNullable(em.find(TransferReference.class, normalized));
    }

    public TransferView instructions(TransferReference reference, Money amount) {
        QrBills.Payee payee = supplier.payee();
        return new TransferView(payee.name(), QrBills.formatAccount(payee.account(reference.currency())),
                QrBills.formatReference(reference.reference()), amount.amount().toPlainString(),
                reference.currency().code());
    }

    public QrBills.Payee payee() {
        return supplier.payee();
    }

    private void requireConfigured() throws Refusal {
        if (!supplier.payee().isConfigured()) {
            throw new Refusal(BillingError.TRANSFER_ACCOUNT_NOT_CONFIGURED);
        }
    }

    private String unused(Currency currency, TransferReference.Purpose purpose) {
        while (true) {
            String candidate = QrBills.newReference(currency, purpose);
            if (em.find(TransferReference.class, candidate) == null) {
                return candidate;
            }
        }
    }
}
