package ch.partnerportal.tenancy.audit.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.api.AuditEntryView;
import ch.partnerportal.tenancy.api.AuditFilter;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.audit.entity.AuditEntry;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An organization's audit trail, newest first, for its legal representatives and administrators:
 * listed a page at a time, or exported whole, read in chunks so an export of years of entries holds
 * one chunk in memory.
 */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE = 100;

    private static final int CHUNK = 500;

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    public Page<AuditEntryView> entries(String organizationId, AuditFilter filter, int first, int size)
            throws Refusal {
        store.requireManager(organizationId, callers.account(context.getCallerPrincipal()));
        long total = query("select count(e)", organizationId, filter, "", Long.class).getSingleResult();
        List<AuditEntryView> items = query("select e", organizationId, filter, " order by e.at desc, e.id",
                AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(AuditEntry::view).toList();
        return new Page<>(items, total);
    }

    /** Every entry the filter takes, newest first, handed to the sink one by one. */
    public void export(String organizationId, AuditFilter filter, Consumer<AuditEntryView> sink) throws Refusal {
        store.requireManager(organizationId, callers.account(context.getCallerPrincipal()));
        for (int first = 0; ; first += CHUNK) {
            List<AuditEntry> chunk = query("select e", organizationId, filter, " order by e.at desc, e.id",
                    AuditEntry.class).setFirstResult(first).setMaxResults(CHUNK).getResultList();
            chunk.forEach(entry -> sink.accept(entry.view()));
            if (chunk.size() < CHUNK) {
                return;
            }
            em.clear();
        }
    }

    private <T> TypedQuery<T> query(String select, String organizationId, AuditFilter filter, String order,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry e where e.organizationId = :organization");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("organization", organizationId);
        if (filter.actorKind() != null) {
            jpql.append(" and e.actorKind = :kind");
            parameters.put("kind", filter.actorKind());
        }
        if (filter.actor() != null) {
            jpql.append(" and lower(e.actor) like :actor escape '!'");
            parameters.put("actor", "%" + filter.actor().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.from() != null) {
            jpql.append(" and e.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(SWISS_TIME).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and e.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(SWISS_TIME).toInstant());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
