package ch.partnerportal.kernel;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KernelTest {

    enum Sample implements ErrorCode {
        SOMETHING_WRONG;

        @Override
        public String code() {
            return "KRN-001";
        }

        @Override
        public int httpStatus() {
            return 409;
        }

        @Override
        public String bundle() {
            return "ch.partnerportal.kernel.no-such-bundle";
        }
    }

    @Test
    void slugsAreLowerCaseAndHyphenatedBothWays() {
        assertThat(Slugs.of(Sample.SOMETHING_WRONG)).isEqualTo("something-wrong");
        assertThat(Slugs.parse(Sample.class, " Something-Wrong ")).contains(Sample.SOMETHING_WRONG);
        assertThat(Slugs.parse(Sample.class, "SOMETHING_WRONG")).contains(Sample.SOMETHING_WRONG);
        assertThat(Slugs.parse(Sample.class, "something")).isEmpty();
        assertThat(Slugs.parse(Sample.class, null)).isEmpty();
    }

    @Test
    void aRefusalWithoutTranslationsStillSaysItsCode() {
        Refusal refusal = new Refusal(Sample.SOMETHING_WRONG);
        assertThat(refusal.message(Locale.GERMAN)).isEqualTo("KRN-001");
        assertThat(refusal.errorCode().slug()).isEqualTo("something-wrong");
    }

    @Test
    void instantsSurviveTheTimestampColumn() {
        InstantColumn column = new InstantColumn();
        Instant now = Instant.parse("2026-11-27T10:15:30.123456Z");
        Timestamp stored = column.convertToDatabaseColumn(now);
        assertThat(column.convertToEntityAttribute(stored)).isEqualTo(now);
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }
}
