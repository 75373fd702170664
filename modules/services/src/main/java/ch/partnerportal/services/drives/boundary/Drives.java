package ch.partnerportal.services.drives.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.access.control.EffectiveAccess;
import ch.partnerportal.services.api.DriveView;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.drives.entity.Drive;
import ch.partnerportal.services.drives.entity.DriveRole;
import ch.partnerportal.services.usage.control.UsageSimulator;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The drives of a kDrive product (the {@code kdrive} permission), their quotas and users. */
@Stateless
public class Drives {

    public static final int MOST = 200;
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Inject
    TenantAccess tenants;

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    EffectiveAccess access;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    public List<DriveView> list(String organizationId, String productId) throws Refusal {
        open(organizationId, productId, ProductAction.SEE);
        return em.createQuery("select d from Drive d where d.productId = :product and d.organizationId = :organization "
                        + "order by d.name, d.id", Drive.class)
                .setParameter("product", productId).setParameter("organization", organizationId)
                .setMaxResults(MOST).getResultStream().map(this::view).toList();
    }

    public DriveView get(String organizationId, String productId, String driveId) throws Refusal {
        open(organizationId, productId, ProductAction.SEE);
        return view(drive(organizationId, productId, driveId, false));
    }

    public DriveView create(String organizationId, String productId, String name, Integer quotaGb) throws Refusal {
        HeldProduct product = open(organizationId, productId, ProductAction.CHANGE);
        if (quotaGb == null) {
            throw new Refusal(ServicesError.VALUE_REQUIRED, "kDrive", "quotaGb");
        }
        Drive drive = Drive.made(product.id(), organizationId, name, quotaGb, clock.instant());
        em.persist(drive);
        em.flush();
        return view(drive);
    }

    public DriveView change(String organizationId, String productId, String driveId, String name, Integer quotaGb)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Drive drive = drive(organizationId, productId, driveId, true);
        if (name != null) {
            drive.rename(name);
        }
        if (quotaGb != null) {
            drive.setQuota(quotaGb);
        }
        return view(drive);
    }

    public void delete(String organizationId, String productId, String driveId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        em.remove(drive(organizationId, productId, driveId, true));
    }

    /** A member's own role, which overrides what their teams give (ORG-8). */
    public DriveView grant(String organizationId, String productId, String driveId, String accountId, String role)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Drive drive = drive(organizationId, productId, driveId, true);
        DriveRole parsed = DriveRole.parse(role);
        MemberRights member = (accountId == null ? Optional.<MemberRights>empty()
                : tenants.member(organizationId, accountId))
                .orElseThrow(() -> new Refusal(ServicesError.DRIVE_USER_NOT_MEMBER));
        drive.grant(member.accountId(), parsed);
        return view(drive);
    }

    public DriveView grantTeam(String organizationId, String productId, String driveId, String teamId, String role)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Drive drive = drive(organizationId, productId, driveId, true);
        DriveRole parsed = DriveRole.parse(role);
        TeamView team = (teamId == null ? Optional.<TeamView>empty() : tenants.team(organizationId, teamId))
                .orElseThrow(() -> new Refusal(ServicesError.TEAM_UNKNOWN));
        drive.grantTeam(team.id(), parsed);
        return view(drive);
    }

    public DriveView revoke(String organizationId, String productId, String driveId, String accountId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Drive drive = drive(organizationId, productId, driveId, true);
        drive.revoke(accountId);
        return view(drive);
    }

    public DriveView revokeTeam(String organizationId, String productId, String driveId, String teamId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Drive drive = drive(organizationId, productId, driveId, true);
        drive.revokeTeam(teamId);
        return view(drive);
    }

    private HeldProduct open(String organizationId, String productId, ProductAction action) throws Refusal {
        return workspaces.open(organizationId, productId, ProductAccess.KDRIVE, action);
    }

    private Drive drive(String organizationId, String productId, String driveId, boolean change) throws Refusal {
        Drive drive = driveId == null ? null : change
                ? em.find(Drive.class, driveId, LockModeType.PESSIMISTIC_WRITE) : em.find(Drive.class, driveId);
        if (drive == null || !drive.organizationId().equals(organizationId) || !drive.productId().equals(productId)) {
            throw new Refusal(ServicesError.DRIVE_NOT_FOUND);
        }
        return drive;
    }

    private DriveView view(Drive drive) {
        Set<String> people = new TreeSet<>(drive.members().keySet());
        Map<String, TeamView> teams = new java.util.HashMap<>();
        for (String teamId : drive.teams().keySet()) {
            tenants.team(drive.organizationId(), teamId).ifPresent(team -> {
                teams.put(teamId, team);
                people.addAll(team.members());
            });
        }
        List<DriveView.EffectiveRole> effective = new ArrayList<>();
        for (String person : people) {
            access.roleOf(drive, person).ifPresent(role -> effective.add(new DriveView.EffectiveRole(person,
                    role.slug(), drive.members().containsKey(person) ? "own" : teams.values().stream()
                    .filter(t -> t.members().contains(person) && drive.teams().get(t.id()) == role)
                    .map(TeamView::id).sorted().findFirst().orElse("team"))));
        }
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        long used = Math.min((long) drive.quotaGb() * 1024, UsageSimulator.value(drive.id(),
                UsageSimulator.Measure.STORAGE_USED, LocalDate.ofInstant(drive.createdAt(), SWISS_TIME), today));
        return new DriveView(drive.id(), drive.productId(), drive.name(), drive.quotaGb(), used,
                grants(drive.members()), grants(drive.teams()), effective);
    }

    private static List<DriveView.Grant> grants(Map<String, DriveRole> given) {
        return given.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> new DriveView.Grant(e.getKey(), e.getValue().slug())).toList();
    }
}
