package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DriveView;
import ch.partnerportal.services.drives.boundary.Drives;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A kDrive's part of its page: its drives with quota and space used (settings) and who uses them (users). */
@Named
@ViewScoped
public class DrivePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ProductPage page;

    @Inject
    Drives drives;

    private List<DriveView> list;
    private String driveName;
    private Integer quotaGb;
    private String driveId;
    private String memberId;
    private String teamId;
    private String role = "read";

    private void load() {
        try {
            list = drives.list(session.getCurrentOrganizationId(), page.getId());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            list = List.of();
        }
    }

    /** A change, then the panel read again: what the facade answers is shown as it now is. */
    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            load();
        }
    }

    public List<DriveView> getDrives() {
        if (list == null) {
            load();
        }
        return list;
    }

    /** "1.2 GB used of 100 GB", in the page's language. */
    public String space(DriveView drive) {
        return Feedback.text(FacesContext.getCurrentInstance(), "drive.used",
                BigDecimal.valueOf(drive.usedMb()).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP),
                drive.quotaGb());
    }

    public int percentUsed(DriveView drive) {
        return (int) Math.min(100, drive.usedMb() * 100 / (drive.quotaGb() * 1024L));
    }

    public List<String> getRoles() {
        return List.of("read", "write", "manage");
    }

    public void create() {
        act(() -> {
            DriveView made = drives.create(session.getCurrentOrganizationId(), page.getId(), driveName, quotaGb);
            Feedback.info("drive.made", made.name());
            driveName = null;
            quotaGb = null;
        });
    }

    public void delete(String id) {
        act(() -> drives.delete(session.getCurrentOrganizationId(), page.getId(), id));
    }

    /** A role for the member chosen, or else for the team chosen. */
    public void grant() {
        act(() -> {
            if (memberId != null && !memberId.isEmpty()) {
                drives.grant(session.getCurrentOrganizationId(), page.getId(), driveId, memberId, role);
            } else {
                drives.grantTeam(session.getCurrentOrganizationId(), page.getId(), driveId, teamId, role);
            }
            memberId = null;
            teamId = null;
        });
    }

    public void revoke(String drive, String accountId) {
        act(() -> drives.revoke(session.getCurrentOrganizationId(), page.getId(), drive, accountId));
    }

    public String getDriveName() {
        return driveName;
    }

    public void setDriveName(String driveName) {
        this.driveName = driveName;
    }

    public Integer getQuotaGb() {
        return quotaGb;
    }

    public void setQuotaGb(Integer quotaGb) {
        this.quotaGb = quotaGb;
    }

    public String getDriveId() {
        return driveId;
    }

    public void setDriveId(String driveId) {
        this.driveId = driveId;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
