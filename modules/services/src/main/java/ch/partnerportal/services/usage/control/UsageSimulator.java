package ch.partnerportal.services.usage.control;

import ch.partnerportal.tenancy.api.ProductAccess;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The usage of hosted products, which no real traffic produces here: a deterministic function of the
 * product, the measure and the day, so a day's figure is the same on every server and every reading.
 * Traffic (queries, visits, messages) has a level of its own per product, is lower at weekends, grows
 * slowly with the product's age and varies by up to a fifth from day to day; storage grows from a
 * starting size by a daily amount of its own, with small ups and downs (files come and go).
 */
public final class UsageSimulator {

    /** A measure of a kind of product. */
    public enum Measure {
        DNS_QUERIES("queries", false),
        SITE_VISITS("visits", false),
        MESSAGES_RECEIVED("messages", false),
        MESSAGES_SENT("messages", false),
        CHAT_MESSAGES("messages", false),
        STORAGE_USED("MB", true);

        private final String unit;
        private final boolean level;

        Measure(String unit, boolean level) {
            this.unit = unit;
            this.level = level;
        }

        public String unit() {
            return unit;
        }

        /** A level held on a day (storage), not a count of what happened during it. */
        public boolean isLevel() {
            return level;
        }
    }

    private UsageSimulator() {
    }

    public static List<Measure> measuresOf(ProductAccess kind) {
        return switch (kind) {
            case DOMAINS -> List.of(Measure.DNS_QUERIES);
            case WEB_HOSTING -> List.of(Measure.SITE_VISITS, Measure.STORAGE_USED);
            case MAIL -> List.of(Measure.MESSAGES_RECEIVED, Measure.MESSAGES_SENT, Measure.STORAGE_USED);
            case KDRIVE -> List.of(Measure.STORAGE_USED);
            case KCHAT -> List.of(Measure.CHAT_MESSAGES);
            case BILLING -> List.of();
        };
    }

    /**
     * @param since the day the product began (nothing is used before it)
     * @return the figure of that day, 0 before {@code since}
     */
    public static long value(String productId, Measure measure, LocalDate since, LocalDate day) {
        if (day.isBefore(since)) {
            return 0;
        }
        long age = day.toEpochDay() - since.toEpochDay();
        SplittableRandom product = new SplittableRandom(seed(productId, measure, Long.MIN_VALUE));
        SplittableRandom today = new SplittableRandom(seed(productId, measure, day.toEpochDay()));
        if (measure.isLevel()) {
            long start = 50 + product.nextLong(450);
            long perDay = 1 + product.nextLong(20);
            return start + perDay * age + today.nextLong(perDay * 3 + 1);
        }
        long level = switch (measure) {
            case DNS_QUERIES -> 200 + product.nextLong(4_800);
            case SITE_VISITS -> 50 + product.nextLong(2_000);
            case MESSAGES_RECEIVED -> 20 + product.nextLong(400);
            case MESSAGES_SENT -> 5 + product.nextLong(150);
            default -> 30 + product.nextLong(1_500);
        };
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double growth = 1 + Math.min(age, 3 * 365) / 365.0 * 0.3;
        double noise = 0.8 + today.nextDouble() * 0.4;
        return Math.round(level * growth * noise * (weekend ? 0.6 : 1.0));
    }

    private static long seed(String productId, Measure measure, long day) {
        // String.hashCode is fixed by the language: the same on every JVM
        return ((long) productId.hashCode() << 32) ^ ((long) measure.ordinal() << 24) ^ (day * 0x9E3779B97F4A7C15L);
    }
}
