package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.UsageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A product's usage between two days, one series per measure. */
@Schema(name = "Usage", description = "A product's usage per day: one series per measure of its kind")
public record Usage(
        @Schema(required = true) String productId,
        @Schema(required = true, enumeration = {"domains", "web-hosting", "mail", "kdrive", "kchat"}) String kind,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) List<UsageSeries> series) {

    public static Usage of(UsageView view) {
        return new Usage(view.productId(), view.kind(), view.from(), view.to(), view.series().stream()
                .map(s -> new UsageSeries(s.measure(), s.unit(), s.level(),
                        s.points().stream().map(p -> new UsagePoint(p.day(), p.value())).toList()))
                .toList());
    }

    @Schema(name = "UsageSeries", description = "One measure per day")
    public record UsageSeries(
            @Schema(required = true, enumeration = {"dns-queries", "site-visits", "messages-received", "messages-sent",
                    "chat-messages", "storage-used"}) String measure,
            @Schema(required = true, description = "queries, visits, messages or MB") String unit,
            @Schema(required = true, description = "true: a level held on the day (storage); false: a count of the "
                    + "day") boolean level,
            @Schema(required = true, description = "From the first day the product existed in the period")
            List<UsagePoint> points) {
    }

    @Schema(name = "UsagePoint")
    public record UsagePoint(@Schema(required = true) LocalDate day, @Schema(required = true) long value) {
    }
}
