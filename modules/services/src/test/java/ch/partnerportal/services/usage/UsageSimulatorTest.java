package ch.partnerportal.services.usage;

import ch.partnerportal.services.usage.control.UsageSimulator;
import ch.partnerportal.services.usage.control.UsageSimulator.Measure;
import ch.partnerportal.tenancy.api.ProductAccess;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The usage simulator is a function of product, measure and day: every reading gives the same figure. */
class UsageSimulatorTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    @Test
    void aDaysFigureIsTheSameAtEveryReadingAndDiffersBetweenProducts() {
        LocalDate day = LocalDate.of(2026, 6, 10);
        long first = UsageSimulator.value("product-a", Measure.DNS_QUERIES, SINCE, day);
        assertThat(UsageSimulator.value("product-a", Measure.DNS_QUERIES, SINCE, day)).isEqualTo(first);
        assertThat(LongStream.rangeClosed(0, 20)
                .map(i -> UsageSimulator.value("product-" + i, Measure.DNS_QUERIES, SINCE, day)).distinct().count())
                .isGreaterThan(15);
        assertThat(UsageSimulator.value("product-a", Measure.DNS_QUERIES, SINCE, SINCE.minusDays(1)))
                .as("nothing before the product began").isZero();
    }

    @Test
    void trafficIsLowerAtWeekendsAndStorageGrows() {
        // over a year, the average Sunday is below the average Wednesday
        long sundays = 0;
        long wednesdays = 0;
        for (int week = 0; week < 52; week++) {
            LocalDate monday = SINCE.plusWeeks(week);
            wednesdays += UsageSimulator.value("product-b", Measure.SITE_VISITS, SINCE, monday.plusDays(2));
            sundays += UsageSimulator.value("product-b", Measure.SITE_VISITS, SINCE, monday.plusDays(6));
        }
        assertThat(sundays).isLessThan(wednesdays * 3 / 4);
        long start = UsageSimulator.value("product-b", Measure.STORAGE_USED, SINCE, SINCE);
        long later = UsageSimulator.value("product-b", Measure.STORAGE_USED, SINCE, SINCE.plusDays(200));
        assertThat(later).isGreaterThan(start);
    }

    @Test
    void everyKindOfProductHasItsMeasures() {
        assertThat(UsageSimulator.measuresOf(ProductAccess.DOMAINS)).containsExactly(Measure.DNS_QUERIES);
        assertThat(UsageSimulator.measuresOf(ProductAccess.MAIL)).contains(Measure.MESSAGES_RECEIVED,
                Measure.STORAGE_USED);
        for (ProductAccess kind : ProductAccess.values()) {
            if (kind != ProductAccess.BILLING) {
                assertThat(UsageSimulator.measuresOf(kind)).as(kind.slug()).isNotEmpty();
            }
        }
    }
}
