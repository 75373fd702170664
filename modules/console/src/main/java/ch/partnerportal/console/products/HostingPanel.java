package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.HostingViews.HostingView;
import ch.partnerportal.services.api.HostingViews.IssuedCredential;
import ch.partnerportal.services.hosting.boundary.WebHosting;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A web hosting's part of its page: its sites (settings) and its technical credentials (IDN-4). A
 * password made or reset is shown once, on the answer to that action, and forgotten at the next one.
 */
@Named
@ViewScoped
public class HostingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ProductPage page;

    @Inject
    WebHosting hosting;

    private HostingView view;
    private final Map<String, String> php = new HashMap<>();
    private String hostName;
    private String phpVersion;
    private String credentialKind = "ftp";
    private String credentialName;
    private transient IssuedCredential issued;

    private void load() {
        try {
            view = hosting.hosting(session.getCurrentOrganizationId(), page.getId());
            php.clear();
            if (phpVersion == null && !view.phpVersions().isEmpty()) {
                // the newest, as the API chooses when none is named
                phpVersion = view.phpVersions().get(view.phpVersions().size() - 1);
            }
            view.sites().forEach(site -> php.put(site.id(), site.phpVersion()));
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** A change, then the panel read again: what the facade answers is shown as it now is. */
    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            load();
        }
    }

    public HostingView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    /** The PHP version chosen per site, to apply. */
    public Map<String, String> getPhp() {
        return php;
    }

    public List<String> getCredentialKinds() {
        return List.of("ftp", "ssh", "mysql", "webdav");
    }

    public void addSite() {
        act(() -> {
            hosting.addSite(session.getCurrentOrganizationId(), page.getId(), hostName, phpVersion);
            Feedback.info("hosting.siteAdded", hostName);
            hostName = null;
        });
    }

    public void runPhp(String siteId) {
        act(() -> {
            hosting.runPhp(session.getCurrentOrganizationId(), page.getId(), siteId, php.get(siteId));
            Feedback.info("hosting.phpChanged", php.get(siteId));
        });
    }

    public void removeSite(String siteId) {
        act(() -> hosting.removeSite(session.getCurrentOrganizationId(), page.getId(), siteId));
    }

    public void issue() {
        issued = null;
        act(() -> {
            issued = hosting.issue(session.getCurrentOrganizationId(), page.getId(), credentialKind, credentialName);
            credentialName = null;
        });
    }

    public void reset(String credentialId) {
        issued = null;
        act(() -> issued = hosting.reset(session.getCurrentOrganizationId(), page.getId(), credentialId));
    }

    public void revoke(String credentialId) {
        issued = null;
        act(() -> hosting.revoke(session.getCurrentOrganizationId(), page.getId(), credentialId));
    }

    /** The password just made or reset, until the next action on the hosting; never written to the session. */
    public IssuedCredential getIssued() {
        return issued;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public String getPhpVersion() {
        return phpVersion;
    }

    public void setPhpVersion(String phpVersion) {
        this.phpVersion = phpVersion;
    }

    public String getCredentialKind() {
        return credentialKind;
    }

    public void setCredentialKind(String credentialKind) {
        this.credentialKind = credentialKind;
    }

    public String getCredentialName() {
        return credentialName;
    }

    public void setCredentialName(String credentialName) {
        this.credentialName = credentialName;
    }
}
