package ch.partnerportal.services.api;

import java.time.LocalDate;

/**
 * A product on the organization's products page. {@code manageable} says whether the caller may manage
 * it; when not, {@code missingPermission} names the permission it needs.
 */
public record ServiceView(String productId, String kind, String type, String label, String state,
                          LocalDate expiresOn, boolean manageable, String missingPermission) {
}
