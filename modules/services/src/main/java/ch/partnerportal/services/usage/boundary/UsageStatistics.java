package ch.partnerportal.services.usage.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.api.UsageView;
import ch.partnerportal.services.usage.control.UsageSimulator;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.services.workspaces.entity.Workspace;
import ch.partnerportal.tenancy.api.ProductAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's usage over time, for whoever holds the statistics right on its kind (a separate action
 * from technical changes: PAR-4 grants them apart). Days are Swiss days; the series run from the day the
 * product was provisioned, never into the future.
 */
@Stateless
public class UsageStatistics {

    public static final int MOST_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /** @param from the first day, {@code to} the last; the last 30 days when both are left out */
    public UsageView usage(String organizationId, String productId, LocalDate from, LocalDate to) throws Refusal {
        HeldProduct product = workspaces.open(organizationId, productId, ProductAction.STATISTICS);
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from;
        if (first.isAfter(last) || last.isAfter(today) || first.plusDays(MOST_DAYS).isBefore(last.plusDays(1))) {
            throw new Refusal(ServicesError.PERIOD_INVALID, 1, MOST_DAYS);
        }
        LocalDate since = LocalDate.ofInstant(em.find(Workspace.class, productId).provisionedAt(), SWISS_TIME);
        List<UsageView.Series> series = new ArrayList<>();
        for (UsageSimulator.Measure measure : UsageSimulator.measuresOf(product.kind())) {
            List<UsageView.Point> points = new ArrayList<>();
            for (LocalDate day = first.isBefore(since) ? since : first; !day.isAfter(last); day = day.plusDays(1)) {
                points.add(new UsageView.Point(day, UsageSimulator.value(productId, measure, since, day)));
            }
            series.add(new UsageView.Series(measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    measure.unit(), measure.isLevel(), points));
        }
        return new UsageView(productId, product.kind().slug(), first, last, series);
    }
}
