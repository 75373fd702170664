package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.HostingViews;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The bodies of a web hosting: sites and technical credentials (IDN-4). */
public final class WebHostingBodies {

    private WebHostingBodies() {
    }

    @Schema(name = "Site", description = "A site of a web hosting")
    public record Site(@Schema(required = true) String id,
                       @Schema(required = true, example = "shop.rossi.ch") String hostName,
                       @Schema(required = true, example = "8.4") String phpVersion) {

        public static Site of(HostingViews.SiteView view) {
            return new Site(view.id(), view.hostName(), view.phpVersion());
        }
    }

    @Schema(name = "Credential", description = "A technical account: never its password")
    public record Credential(@Schema(required = true) String id,
                             @Schema(required = true, enumeration = {"ftp", "ssh", "mysql", "webdav"}) String kind,
                             @Schema(required = true, example = "ftp_shop") String userName,
                             @Schema(required = true) Instant passwordChangedAt) {

        public static Credential of(HostingViews.CredentialView view) {
            return new Credential(view.id(), view.kind(), view.userName(), view.passwordChangedAt());
        }
    }

    @Schema(name = "IssuedCredential", description = "A credential just made or reset with its password: shown "
            + "this once, kept only as a hash")
    public record IssuedCredential(@Schema(required = true) Credential credential,
                                   @Schema(required = true, format = "password") String password) {

        public static IssuedCredential of(HostingViews.IssuedCredential issued) {
            return new IssuedCredential(Credential.of(issued.credential()), issued.password());
        }

        @Override
        public String toString() {
            return "IssuedCredential[" + credential + ", password=***]";
        }
    }

    @Schema(name = "WebHosting", description = "A web hosting's sites, credentials and the PHP versions offered")
    public record WebHosting(@Schema(required = true) List<Site> sites,
                             @Schema(required = true) List<Credential> credentials,
                             @Schema(required = true) List<String> phpVersions) {

        public static WebHosting of(HostingViews.HostingView view) {
            return new WebHosting(view.sites().stream().map(Site::of).toList(),
                    view.credentials().stream().map(Credential::of).toList(), view.phpVersions());
        }
    }

    @Schema(name = "NewSite", description = "A site on a domain the organization holds or a name under it")
    public record NewSite(@Schema(required = true, example = "shop.rossi.ch") @NotNull @Size(max = 253) String hostName,
                          @Schema(description = "The newest offered when left out", example = "8.3") @Size(max = 10)
                          String phpVersion) {
    }

    @Schema(name = "PhpVersion", description = "The PHP version a site runs")
    public record PhpVersion(@Schema(required = true, example = "8.3") @NotNull @Size(max = 10) String phpVersion) {
    }

    @Schema(name = "NewCredential", description = "A technical account to make; its password is made by the portal")
    public record NewCredential(
            @Schema(required = true, enumeration = {"ftp", "ssh", "mysql", "webdav"}) @NotNull @Size(max = 20)
            String kind,
            @Schema(required = true, description = "3 to 24 lower-case letters, digits or underscores; the user name "
                    + "is the kind's prefix and this (ftp_shop)", example = "shop") @NotNull @Size(max = 64)
            String name) {
    }
}
