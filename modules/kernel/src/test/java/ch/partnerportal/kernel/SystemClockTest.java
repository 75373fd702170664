package ch.partnerportal.kernel;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's clock: the wall clock in production, one a system test moves on its own server. */
class SystemClockTest {

    @Test
    void productionsClockIsTheWallClockAndCannotBeMoved() {
        SystemClock system = new SystemClock();

        assertThat(system.clock()).isEqualTo(Clock.systemUTC());
        assertThatThrownBy(() -> system.runAhead(Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
        assertThat(system.ahead()).isZero();
    }

    @Test
    void aTestServersClockRunsAheadForEveryClockAlreadyHandedOutAndComesBack() {
        SystemClock system = new SystemClock();
        system.adjustable = true;
        Clock injected = system.clock();
        Clock swiss = injected.withZone(ZoneId.of("Europe/Zurich"));

        system.runAhead(Duration.ofHours(25));
        Instant wall = Instant.now();
        assertThat(Duration.between(wall, injected.instant())).isBetween(Duration.ofHours(25).minusSeconds(5),
                Duration.ofHours(25).plusSeconds(5));
        assertThat(Duration.between(wall, swiss.instant())).as("a clock in another zone follows too")
                .isGreaterThan(Duration.ofHours(24));

        system.runAhead(Duration.ZERO);
        assertThat(Duration.between(Instant.now(), injected.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    /** A view-scoped console bean that injects the clock is passivated with it. */
    @Test
    void aTestServersClockSerializesAsTheWallClockDoes() throws Exception {
        SystemClock system = new SystemClock();
        system.adjustable = true;
        Clock injected = system.clock();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(injected);
        }
        system.runAhead(Duration.ofHours(3));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Clock read = (Clock) in.readObject();
            assertThat(Duration.between(Instant.now(), read.instant())).as("it still follows the moves")
                    .isGreaterThan(Duration.ofHours(2));
        } finally {
            system.runAhead(Duration.ZERO);
        }
    }
}
