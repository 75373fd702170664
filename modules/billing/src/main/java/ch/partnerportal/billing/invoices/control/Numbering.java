package ch.partnerportal.billing.invoices.control;

import ch.partnerportal.billing.invoices.entity.DocumentNumber;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.InvoiceSequence;
import ch.partnerportal.kernel.Currency;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Gapless numbers: the sequence row is locked in the transaction that issues the document, so a
 * number is taken exactly when the document is stored, and a rolled-back issue gives its number back.
 */
@Dependent
public class Numbering {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    SequenceStart sequences;

    public DocumentNumber next(DocumentSeries series, Currency currency, Instant issuedAt) {
        int year = InvoiceSequence.yearOf(issuedAt);
        String id = InvoiceSequence.idOf(series, currency, year);
        InvoiceSequence sequence = em.find(InvoiceSequence.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            try {
                sequences.start(series, currency, year);
            } catch (EJBException startedMeanwhile) {
                // another issue started the year at the same moment
            }
            sequence = em.find(InvoiceSequence.class, id, LockModeType.PESSIMISTIC_WRITE);
        }
        return sequence.next();
    }
}
