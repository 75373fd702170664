package ch.partnerportal.tenancy.accounts.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Registers a person's account in its own transaction, so that the first requests of a new person
 * arriving together (a console and a script, two browser tabs) all find one account: the unique
 * e-mail lets one registration win and the others fail harmlessly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountRegistration {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public void register(String email, String displayName, String language) throws Refusal {
        if (callers.byEmail(email).isEmpty()) {
            em.persist(Account.register(email, displayName, language, clock.instant()));
            em.flush();
        }
    }
}
