package ch.partnerportal.services.api;

import java.time.Instant;
import java.util.List;

/** What a web hosting shows: its sites and its technical credentials (IDN-4), never a stored password. */
public final class HostingViews {

    private HostingViews() {
    }

    public record SiteView(String id, String hostName, String phpVersion) {
    }

    public record CredentialView(String id, String kind, String userName, Instant passwordChangedAt) {
    }

    /** A credential just made or reset, with its password: the only time it is shown. */
    public record IssuedCredential(CredentialView credential, String password) {

        @Override
        public String toString() {
            return "IssuedCredential[" + credential + ", password=***]";
        }
    }

    public record HostingView(List<SiteView> sites, List<CredentialView> credentials, List<String> phpVersions) {
    }
}
