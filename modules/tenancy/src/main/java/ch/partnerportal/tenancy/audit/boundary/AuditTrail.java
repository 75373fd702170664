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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organization's audit trail, newest first, for its legal representatives and administrators:
 * listed a page at a time, or exported whole, read in chunks so an export of years of entries holds
 * one chunk in memory.
 */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE = 100;

    /** The header line of an export. */
    public static final String[] COLUMNS = {"at", "actorKind", "actor", "action", "subject", "detail", "before",
        "after"};

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
        requireReader(organizationId);
        long total = query("select count(e)", organizationId, filter, "", Long.class).getSingleResult();
        List<AuditEntryView> items = query("select e", organizationId, filter, " order by e.at desc, e.id",
                AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(AuditEntry::view).toList();
        return new Page<>(items, total);
    }

    /**
     * Refuses a caller who may not read the trail: asked before an export's first byte, so a refusal is
     * still an error answer and never half a file.
     */
    public void requireReader(String organizationId) throws Refusal {
        store.requireManager(organizationId, callers.account(context.getCallerPrincipal()));
    }

    /**
     * Every entry the filter takes, newest first, as CSV (RFC 4180, UTF-8, a header line {@link #COLUMNS}),
     * for the API and the console alike.
     */
    public void exportCsv(String organizationId, AuditFilter filter, OutputStream output) throws Refusal, IOException {
        requireReader(organizationId);
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        for (int first = 0; ; first += CHUNK) {
            List<AuditEntry> chunk = query("select e", organizationId, filter, " order by e.at desc, e.id",
                    AuditEntry.class).setFirstResult(first).setMaxResults(CHUNK).getResultList();
            for (AuditEntry entry : chunk) {
                AuditEntryView view = entry.view();
                csv.printRecord(view.at().toString(), view.actorKind(), cell(view.actor()), view.action(),
                        cell(view.subject()), cell(view.detail()), cell(view.before()), cell(view.after()));
            }
            if (chunk.size() < CHUNK) {
                csv.flush();
                return;
            }
            em.clear();
        }
    }

    /**
     * Text a tenant or a partner typed may start like a spreadsheet formula; quoted with an apostrophe
     * it stays text when the file is opened in a spreadsheet.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
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
