package ch.partnerportal.services.mail;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.mail.entity.MailAddress;
import ch.partnerportal.services.mail.entity.Mailbox;
import ch.partnerportal.services.secrets.control.PasswordHashing;
import ch.partnerportal.services.secrets.entity.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mailboxes' passwords (IDN-2, IDN-5), unification (IDN-3) and addresses. */
class MailboxRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String ANNA = "account-anna";
    private static final String BRUNO = "account-bruno";

    private final PasswordHashing hashing = new PasswordHashing();

    private Mailbox mailbox() throws Refusal {
        return Mailbox.opened("product", "organization", MailAddress.parse("anna@rossi.ch"),
                hashing.hash("Mailbox-Secret-1"), NOW);
    }

    private static void refused(ServicesError error, ThrowingRunnable call) {
        assertThatThrownBy(call::run).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(error);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void IDN_5_passwordsAreKeptOnlyAsSaltedArgon2idHashes() {
        String hash = hashing.hash("Mailbox-Secret-1");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Mailbox-Secret-1");
        assertThat(hashing.hash("Mailbox-Secret-1")).as("salted").isNotEqualTo(hash);
        assertThat(hashing.matches("Mailbox-Secret-1", hash)).isTrue();
        assertThat(hashing.matches("Mailbox-Secret-2", hash)).isFalse();
        assertThat(hashing.matches("Mailbox-Secret-1", "Mailbox-Secret-1")).as("plain text matches nothing").isFalse();
        assertThat(hashing.matches("Mailbox-Secret-1", null)).isFalse();
    }

    @Test
    void IDN_2_aPasswordIsOneSecretWhicheverUnicodeFormItComesInAndSpacesCount() {
        String hash = hashing.hash("Caf\u00e9-Terrasse-2026 ");
        assertThat(hashing.matches("Cafe\u0301-Terrasse-2026 ", hash)).as("decomposed, as some clients send it").isTrue();
        assertThat(hashing.matches("Caf\u00e9-Terrasse-2026", hash)).as("the space is part of it").isFalse();
    }

    @Test
    void passwordsAreLongOrVariedAndNeverTheMailboxName() throws Refusal {
        PasswordPolicy.require("Sommer-2026!x");
        PasswordPolicy.require("correct horse battery staple");
        refused(ServicesError.PASSWORD_TOO_SHORT, () -> PasswordPolicy.require("Short-1!"));
        refused(ServicesError.PASSWORD_TOO_SHORT, () -> PasswordPolicy.require(null));
        refused(ServicesError.PASSWORD_TOO_LONG, () -> PasswordPolicy.require("Aa1!".repeat(33)));
        refused(ServicesError.PASSWORD_TOO_SIMPLE, () -> PasswordPolicy.require("sommerabend26"));
        refused(ServicesError.PASSWORD_TOO_SIMPLE, () -> PasswordPolicy.require("aaaaaaaaaaaaaaaaaaaaaaaa"));
        refused(ServicesError.PASSWORD_CONTAINS_NAME, () -> PasswordPolicy.require("Anna.Rossi-2026", "anna.rossi"));
    }

    @Test
    void IDN_3_unificationIsOfferedWhenTheLoginIdIsTheAddressItsOnlyReaderMayChangeIt() throws Refusal {
        Mailbox mailbox = mailbox();
        mailbox.readBy(ANNA);
        assertThat(mailbox.unificationOffered(Optional.of(ANNA), true, Set.of(ANNA))).isTrue();
        mailbox.unify(Optional.of(ANNA), true, Set.of(ANNA), NOW);
        assertThat(mailbox.isUnified()).isTrue();
        assertThat(mailbox.passwordHash()).as("nothing of its own kept").isEmpty();
    }

    @Test
    void IDN_3_noUnificationWithoutAnAccountWhoseLoginIdIsTheAddress() throws Refusal {
        Mailbox mailbox = mailbox();
        mailbox.readBy(BRUNO);
        assertThat(mailbox.unificationOffered(Optional.empty(), true, Set.of(BRUNO))).isFalse();
        refused(ServicesError.UNIFICATION_NOT_OFFERED, () -> mailbox.unify(Optional.empty(), true, Set.of(BRUNO), NOW));
        assertThat(mailbox.passwordHash()).isPresent();
    }

    @Test
    void IDN_3_noUnificationWhenAnotherAccountReadsTheMailboxToo() throws Refusal {
        Mailbox mailbox = mailbox();
        assertThat(mailbox.unificationOffered(Optional.of(ANNA), true, Set.of(ANNA, BRUNO))).isFalse();
        refused(ServicesError.UNIFICATION_NOT_OFFERED,
                () -> mailbox.unify(Optional.of(ANNA), true, Set.of(ANNA, BRUNO), NOW));
        assertThat(mailbox.unificationOffered(Optional.of(ANNA), true, Set.of())).as("nobody reads it").isFalse();
    }

    @Test
    void IDN_3_noUnificationWhenTheAccountMayNotChangeTheMailboxPassword() throws Refusal {
        Mailbox mailbox = mailbox();
        assertThat(mailbox.unificationOffered(Optional.of(ANNA), false, Set.of(ANNA))).isFalse();
        refused(ServicesError.UNIFICATION_NOT_OFFERED, () -> mailbox.unify(Optional.of(ANNA), false, Set.of(ANNA), NOW));
    }

    @Test
    void IDN_3_aSecondReaderEndsTheUnificationAndAnOwnPasswordEndsItToo() throws Refusal {
        Mailbox mailbox = mailbox();
        mailbox.unify(Optional.of(ANNA), true, Set.of(ANNA), NOW);
        assertThat(mailbox.unificationEndsUnless(Set.of(ANNA))).as("Anna alone still").isEmpty();
        assertThat(mailbox.isUnified()).isTrue();
        assertThat(mailbox.unificationEndsUnless(Set.of(ANNA, BRUNO))).contains(ANNA);
        assertThat(mailbox.isUnified()).isFalse();
        assertThat(mailbox.passwordHash()).as("no password until one is set").isEmpty();

        Mailbox again = mailbox();
        again.unify(Optional.of(ANNA), true, Set.of(ANNA), NOW);
        again.passwordSet(hashing.hash("Another-Secret-2"), NOW);
        assertThat(again.isUnified()).isFalse();
    }

    @Test
    void mailboxAddressesAreLowerCaseDotAtomsInADomainName() throws Refusal {
        assertThat(MailAddress.parse(" Anna.Rossi+news@Rossi.CH ").text()).isEqualTo("anna.rossi+news@rossi.ch");
        for (String invalid : List.of("anna", "@rossi.ch", "anna@", ".anna@rossi.ch", "anna.@rossi.ch", "an..na@rossi.ch",
                "an na@rossi.ch", "anna@rossi", "anna@192.0.2.1", "\"anna\"@rossi.ch", "a".repeat(65) + "@rossi.ch")) {
            refused(ServicesError.MAIL_ADDRESS_INVALID, () -> MailAddress.parse(invalid));
        }
    }

    @Test
    void aliasesAndForwardingAreBounded() throws Refusal {
        Mailbox mailbox = mailbox();
        mailbox.forwardTo(List.of("anna@example.net"), false);
        assertThat(mailbox.keepsCopy()).isFalse();
        refused(ServicesError.FORWARD_TO_ITSELF, () -> mailbox.forwardTo(List.of("anna@rossi.ch"), true));
        refused(ServicesError.TOO_MANY_ADDRESSES, () -> mailbox.forwardTo(
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> "f" + i + "@example.net").toList(), true));
        refused(ServicesError.TOO_MANY_ADDRESSES, () -> mailbox.aliases(
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "a" + i + "@rossi.ch").toList()));
    }
}
