package ch.partnerportal.identity.outbox.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aClaimedEntryIsNotDueForOtherServersUntilItsLeaseEnds() {
        OutboxEntry entry = OutboxEntry.mail("a@example.ch", "Subject", "Body", "role-changed", NOW);
        assertThat(entry.isDue(NOW)).isTrue();
        entry.leaseUntil(NOW.plusSeconds(300));
        assertThat(entry.isDue(NOW.plusSeconds(299))).isFalse();
        assertThat(entry.isDue(NOW.plusSeconds(300))).as("its server stopped: someone else takes it").isTrue();
        entry.done(NOW.plusSeconds(1));
        assertThat(entry.isDue(NOW.plusSeconds(600))).isFalse();
    }

    @Test
    void failedWorkWaitsLongerEachTimeUpToAMinute() {
        OutboxEntry entry = OutboxEntry.organization("org-1", NOW);
        long[] expectedPauses = {2, 4, 8, 16, 32, 60, 60, 60};
        for (long pause : expectedPauses) {
            entry.failed("Keycloak unreachable", NOW);
            assertThat(Duration.between(NOW, entry.nextAttemptAt()).getSeconds()).isEqualTo(pause);
        }
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
    }

    @Test
    void theIdentityProjectionIsNeverAbandoned() {
        OutboxEntry entry = OutboxEntry.organization("org-1", NOW);
        for (int i = 0; i < 500; i++) {
            entry.failed("down", NOW);
        }
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(entry.attempts()).isEqualTo(500);
    }

    @Test
    void aMailThatKeepsFailingIsSetAsideAfterItsLastAttempt() {
        OutboxEntry entry = OutboxEntry.mail("a@example.ch", "Subject", "Body", "role-changed", NOW);
        for (int i = 1; i < OutboxEntry.MAIL_ATTEMPTS; i++) {
            entry.failed("Mail server not reachable", NOW);
            assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
        }
        entry.failed("Mail server not reachable", NOW);
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SET_ASIDE);
        assertThat(entry.setAsideAt()).isEqualTo(NOW);
        assertThat(entry.lastError()).isEqualTo("Mail server not reachable");
    }

    @Test
    void aMailWhoseAddressIsRefusedIsSetAsideAfterAFewAttemptsWithTheReason() {
        OutboxEntry entry = OutboxEntry.mail("nobody@example.ch", "Subject", "Body", "invitation", NOW);
        for (int i = 1; i < OutboxEntry.REFUSED_MAIL_ATTEMPTS; i++) {
            entry.failed("550 5.1.1 no such mailbox", true, NOW);
            assertThat(entry.isDue(NOW.plusSeconds(120))).isTrue();
        }
        entry.failed("550 5.1.1 no such mailbox", true, NOW.plusSeconds(7));
        assertThat(entry.isSetAside()).isTrue();
        assertThat(entry.isDue(NOW.plus(Duration.ofDays(30)))).as("never retried by itself").isFalse();
        assertThat(entry.lastError()).isEqualTo("550 5.1.1 no such mailbox");
    }

    @Test
    void aRetriedMailGetsAllItsAttemptsAgainAndRecordsWhoRetriedIt() {
        OutboxEntry entry = OutboxEntry.mail("nobody@example.ch", "Subject", "Body", "invitation", NOW);
        for (int i = 0; i < OutboxEntry.REFUSED_MAIL_ATTEMPTS; i++) {
            entry.failed("550", true, NOW);
        }
        entry.retry("platform.admin@example.ch", NOW.plusSeconds(60));
        assertThat(entry.isDue(NOW.plusSeconds(60))).isTrue();
        assertThat(entry.attempts()).isZero();
        assertThat(entry.handledBy()).isEqualTo("platform.admin@example.ch");
        entry.failed("550", true, NOW.plusSeconds(61));
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
    }

    @Test
    void onlyASetAsideMailIsRetriedOrDiscarded() {
        OutboxEntry pending = OutboxEntry.mail("a@example.ch", "S", "B", "t", NOW);
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> pending.discard("admin", NOW));
        for (int i = 0; i < OutboxEntry.REFUSED_MAIL_ATTEMPTS; i++) {
            pending.failed("550", true, NOW);
        }
        pending.discard("admin", NOW);
        assertThat(pending.status()).isEqualTo(OutboxEntry.Status.DISCARDED);
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> pending.retry("admin", NOW));
    }

    @Test
    void aNewRequestMakesPendingWorkDueAtOnce() {
        OutboxEntry entry = OutboxEntry.organization("org-1", NOW);
        entry.failed("down", NOW);
        Instant later = NOW.plusSeconds(1);
        entry.dueNow(later);
        assertThat(entry.nextAttemptAt()).isEqualTo(later);
    }

    @Test
    void doneWorkForgetsItsLastError() {
        OutboxEntry entry = OutboxEntry.mail("a@example.ch", "S", "B", "t", NOW);
        entry.failed("SMTP down", NOW);
        entry.done(NOW.plusSeconds(5));
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.DONE);
    }

    @Test
    void overlongMailsAreCutToTheColumns() {
        OutboxEntry entry = OutboxEntry.mail("a@example.ch", "s".repeat(400), "b".repeat(9000), "t", NOW);
        assertThat(entry.mailSubject()).hasSize(300);
        assertThat(entry.mailBody()).hasSize(8000);
    }

    @Test
    void reconciliationIsBackgroundWorkUntilSomeoneChangesTheOrganization() {
        OutboxEntry entry = OutboxEntry.reconciliation("org-1", NOW);
        assertThat(entry.background()).isTrue();
        entry.dueNow(NOW.plusSeconds(3));
        assertThat(entry.background()).isFalse();
        assertThat(OutboxEntry.organization("org-2", NOW).background()).isFalse();
    }
}
