package ch.partnerportal.services.hosting;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.hosting.entity.Credential;
import ch.partnerportal.services.hosting.entity.CredentialKind;
import ch.partnerportal.services.hosting.entity.Site;
import ch.partnerportal.services.secrets.control.PasswordHashing;
import ch.partnerportal.services.secrets.control.RandomPasswords;
import ch.partnerportal.services.secrets.entity.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web hosting's sites and technical credentials (IDN-4). */
class HostingRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void IDN_4_eachTechnicalCredentialHasAPasswordOfItsOwnKeptAsAHash() throws Refusal {
        RandomPasswords passwords = new RandomPasswords();
        PasswordHashing hashing = new PasswordHashing();
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = passwords.next();
            assertThat(password).hasSize(24).doesNotContain("0", "O", "1", "l", "I");
            PasswordPolicy.require(password, "shop");
            made.add(password);
        }
        assertThat(made).as("never the same twice").hasSize(50);

        String first = passwords.next();
        Credential ftp = Credential.issued("p", "o", CredentialKind.FTP, "Shop", hashing.hash(first), NOW);
        assertThat(ftp.userName()).isEqualTo("ftp_shop");
        assertThat(ftp.passwordHash()).startsWith("$argon2id$").doesNotContain(first);
        String second = passwords.next();
        ftp.reset(hashing.hash(second), NOW);
        assertThat(hashing.matches(second, ftp.passwordHash())).isTrue();
        assertThat(hashing.matches(first, ftp.passwordHash())).isFalse();
        assertThat(Credential.issued("p", "o", CredentialKind.MYSQL, "shop", "h", NOW).userName()).isEqualTo("db_shop");
    }

    @Test
    void credentialNamesAndPhpVersionsAreChecked() {
        for (String name : new String[] {null, "ab", "1shop", "shop-1", "x".repeat(25)}) {
            assertThatThrownBy(() -> Credential.issued("p", "o", CredentialKind.SSH, name, "h", NOW))
                    .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(ServicesError.CREDENTIAL_NAME_INVALID);
        }
        assertThatThrownBy(() -> Site.opened("p", "o", "rossi.ch", "7.4", NOW))
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(ServicesError.PHP_VERSION_UNSUPPORTED);
    }

    @Test
    void aNewSiteRunsTheNewestPhp() throws Refusal {
        assertThat(Site.opened("p", "o", "rossi.ch", null, NOW).phpVersion()).isEqualTo("8.4");
    }
}
