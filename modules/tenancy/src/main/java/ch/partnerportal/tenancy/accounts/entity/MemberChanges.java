package ch.partnerportal.tenancy.accounts.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entity listener of memberships and accounts, and the generation of what they say: a write moves it
 * on at once and again when its transaction ends (committed or rolled back), after the database holds
 * the new state, so a list of members read before then is never used after it (the organizations'
 * member directory).
 */
public class MemberChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    private static volatile TransactionSynchronizationRegistry registry;

    public static long generation() {
        return GENERATION.get();
    }

    private static void changed() {
        GENERATION.incrementAndGet();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changed();
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changed();
            }
        });
    }

    /** The container's registry, looked up at the first write rather than at every one. */
    private static TransactionSynchronizationRegistry transactions() {
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException outsideTheContainer) {
                return null;
            }
        }
        return registry;
    }
}
