package ch.partnerportal.partner.api;

import ch.partnerportal.kernel.Money;

import java.time.Instant;

/**
 * An application to the partner programme as its organization and the platform administrators see it
 * (PAR-1).
 *
 * @param status         pending, approved, refused, withdrawn or revoked
 * @param managedValue   the yearly value of the products managed when it applied
 * @param committedValue the yearly volume committed to, or null
 * @param decisionReason the platform administrator's reason for approving or refusing it
 * @param graceUntil     when a partner found below the threshold by its yearly review must be back
 *                       above it, or null
 */
public record ApplicationView(String id, String organizationId, String organizationName, String status,
                              String registerCountry, String registerNumber, String website,
                              String conditionsVersion, Instant conditionsAcceptedAt, String applicant,
                              Money managedValue, Money committedValue, Money threshold, Instant appliedAt,
                              Instant decidedAt, String decidedBy, String decisionReason, Instant endedAt,
                              String endReason, Instant reviewedAt, Money reviewedValue, Instant graceUntil) {
}
