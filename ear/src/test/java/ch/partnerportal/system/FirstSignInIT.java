package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** ORG-1 when a new person's first requests arrive together (two tabs, a console and a script). */
class FirstSignInIT {

    @Test
    void ORG_1_concurrentFirstRequestsOfANewPersonFoundOneOrganizationAndAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestUser newcomer = Keycloak.createUser();
            newcomer.token();
            int parallel = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return Api.as(newcomer).get("/api/1/organizations");
                    }));
                }
                start.countDown();
                for (Future<Http.Reply> reply : replies) {
                    assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(Portal.organizationsOf(newcomer)).as("one organization of their own").hasSize(1);
        }
    }
}
