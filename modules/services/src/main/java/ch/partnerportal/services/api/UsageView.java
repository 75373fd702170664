package ch.partnerportal.services.api;

import java.time.LocalDate;
import java.util.List;

/** A product's usage between two days, one series per measure of its kind. */
public record UsageView(String productId, String kind, LocalDate from, LocalDate to, List<Series> series) {

    /** @param unit what the values count: queries, visits, messages, MB */
    public record Series(String measure, String unit, boolean level, List<Point> points) {
    }

    public record Point(LocalDate day, long value) {
    }
}
