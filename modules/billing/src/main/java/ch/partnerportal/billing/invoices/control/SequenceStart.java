package ch.partnerportal.billing.invoices.control;

import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.InvoiceSequence;
import ch.partnerportal.kernel.Currency;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creates a year's sequence row in its own transaction; of two creations at once, one wins. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SequenceStart {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    public void start(DocumentSeries series, Currency currency, int year) {
        if (em.find(InvoiceSequence.class, InvoiceSequence.idOf(series, currency, year)) == null) {
            em.persist(InvoiceSequence.start(series, currency, year));
            em.flush();
        }
    }
}
