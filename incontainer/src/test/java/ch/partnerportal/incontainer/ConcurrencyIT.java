package ch.partnerportal.incontainer;

import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.PrepaidView;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import ch.partnerportal.tenancy.api.InvitationRequest;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import ch.partnerportal.tenancy.organizations.boundary.Memberships;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that must hold when calls arrive together, at the facades themselves: the last legal
 * representative (ORG-7) and the prepaid balance (PAY-5), with the calls released at one instant on
 * the container's own threads.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final String APPROVED_CARD = "4242 4242 4242 4242";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ConcurrencyIT.class);
    }

    @Inject
    AsFirst first;

    @Inject
    AsSecond second;

    @Inject
    AsPayer payer;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Inject
    PrepaidAccounts prepaid;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** Runs the calls together: each waits until all are ready; answers each one's result or failure. */
    private List<Object> together(List<Callers.Call<Object>> calls) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callers.Call<Object> call : calls) {
            futures.add(executor.submit(() -> {
                ready.countDown();
                go.await(30, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all calls ready").isTrue();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException failed) {
                outcomes.add(failed.getCause());
            } catch (java.util.concurrent.TimeoutException stuck) {
                throw new AssertionError("a call did not finish", stuck);
            }
        }
        return outcomes;
    }

    @Test
    void ORG_7_twoLegalRepresentativesLeavingAtOnceLeaveOneBehind() throws Exception {
        first.call(() -> accounts.signIn("First", "en"));
        String organization = first.call(() -> accounts.organizations()).get(0).id();
        first.call(() -> invitations.invite(organization, new InvitationRequest(Callers.SECOND,
                Role.LEGAL_REPRESENTATIVE, Set.of(), Set.of(), "en")));
        String token = Outbox.invitationToken(database, Callers.SECOND);
        second.call(() -> invitations.accept(token, "Second", "en"));
        assertThat(first.call(() -> memberships.members(organization, null, 0, 10, null, false)).items())
                .extracting(MemberView::role).containsOnly(Role.LEGAL_REPRESENTATIVE).hasSize(2);

        List<Object> outcomes = together(List.of(
                () -> first.call(() -> {
                    memberships.leave(organization);
                    return "left";
                }),
                () -> second.call(() -> {
                    memberships.leave(organization);
                    return "left";
                })));

        assertThat(outcomes).as("one leaves, the other is refused").filteredOn("left"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).singleElement()
                .satisfies(r -> assertThat(((Refusal) r).errorCode()).isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE));
        Callers.Call<List<MemberView>> remaining = () -> memberships.members(organization, null, 0, 10, null, false)
                .items();
        List<MemberView> left = outcomes.get(0).equals("left") ? second.call(remaining) : first.call(remaining);
        assertThat(left).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo(Role.LEGAL_REPRESENTATIVE));
    }

    @Test
    void PAY_5_depositsAtOnceAddUpToTheLastCentimeAndOneKeyBooksOnce() throws Exception {
        payer.call(() -> accounts.signIn("Payer", "en"));
        String organization = payer.call(() -> accounts.organizations()).get(0).id();
        BigDecimal before = new BigDecimal(payer.call(() -> prepaid.view(organization)).balance());

        List<Callers.Call<Object>> distinct = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String amount = "12.3" + i;
            distinct.add(() -> payer.call(() -> prepaid.deposit(organization, new DepositRequest(amount,
                    PaymentMethod.CARD, APPROVED_CARD, UUID.randomUUID().toString()))));
        }
        assertThat(together(distinct)).noneMatch(Throwable.class::isInstance);

        String key = UUID.randomUUID().toString();
        List<Callers.Call<Object>> repeated = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            repeated.add(() -> payer.call(() -> prepaid.deposit(organization, new DepositRequest("50.00",
                    PaymentMethod.CARD, APPROVED_CARD, key))));
        }
        List<Object> repeats = together(repeated);

        PrepaidView after = payer.call(() -> prepaid.view(organization));
        // 12.30 + 12.31 + ... + 12.37 = 98.68, and the repeated key once
        assertThat(new BigDecimal(after.balance()).subtract(before)).isEqualByComparingTo("148.68");
        assertThat(after.movements()).isEqualTo(9);
        assertThat(repeats).as("a repeat answers the deposit or that it is under way, never a second booking")
                .allSatisfy(outcome -> assertThat(outcome).isNotInstanceOf(RuntimeException.class));
        // the first deposits raced to open the account: one did, the others gave way without an error
        Path log = Path.of("logs", "messages.log");
        assertThat(log).as("the server's log, in its output folder").exists();
        assertThat(Files.readAllLines(log)).noneMatch(line -> line.contains("CNTR0020E")
                && line.contains("AccountOpening"));
    }
}
