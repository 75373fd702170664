package ch.partnerportal.tenancy;

import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.DelegatedRights.ProductGrant;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a partner's user reaches on a client, as the decision point asks it (PAR-4, PAR-5). */
class DelegatedRightsTest {

    private static DelegatedRights limited(Map<String, ProductGrant> products) {
        return new DelegatedRights("partner", "relationship", null, false, products);
    }

    @Test
    void PAR_4_aTechnicalRightChangesAndSeesButReadsNoStatistics() {
        DelegatedRights rights = limited(Map.of("site", new ProductGrant(ProductAccess.WEB_HOSTING, true, false)));

        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.CHANGE)).isTrue();
        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.SEE)).isTrue();
        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.STATISTICS)).isFalse();
    }

    @Test
    void PAR_4_aStatisticsRightReadsUsageAndSeesButChangesNothing() {
        DelegatedRights rights = limited(Map.of("site", new ProductGrant(ProductAccess.WEB_HOSTING, false, true)));

        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.STATISTICS)).isTrue();
        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.SEE)).isTrue();
        assertThat(rights.may(ProductAccess.WEB_HOSTING, "site", ProductAction.CHANGE)).isFalse();
    }

    @Test
    void PAR_4_aLimitedAccessReachesNoOtherProductNoKindAsAWholeAndNotAProductUnderAnotherKind() {
        DelegatedRights rights = limited(Map.of("site", new ProductGrant(ProductAccess.WEB_HOSTING, true, true)));

        assertThat(rights.may(ProductAccess.WEB_HOSTING, "other-site", ProductAction.SEE)).isFalse();
        assertThat(rights.may(ProductAccess.WEB_HOSTING, null, ProductAction.SEE)).isFalse();
        assertThat(rights.may(ProductAccess.MAIL, "site", ProductAction.SEE)).isFalse();
        assertThat(rights.may(ProductAccess.BILLING, null, ProductAction.SEE)).isFalse();
    }

    @Test
    void PAR_5_fullAccessReachesEveryProductAndThoseAddedLaterButNotBilling() {
        DelegatedRights rights = new DelegatedRights("partner", "relationship", null, true,
                Map.of("ignored", new ProductGrant(ProductAccess.MAIL, false, false)));

        for (ProductAccess kind : ProductAccess.values()) {
            for (ProductAction action : ProductAction.values()) {
                assertThat(rights.may(kind, "added-later", action)).as(kind + " " + action)
                        .isEqualTo(kind != ProductAccess.BILLING);
            }
        }
        assertThat(rights.products()).isEmpty();
    }
}
