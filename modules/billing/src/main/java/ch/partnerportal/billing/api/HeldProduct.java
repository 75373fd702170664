package ch.partnerportal.billing.api;

import ch.partnerportal.tenancy.api.ProductAccess;

import java.time.LocalDate;

/**
 * A product as the modules that serve it see it: whose it is, which permission guards it, and whether
 * it may be used ({@code active}), only looked at ({@code blocked}, dunning) or is gone
 * ({@code terminated}).
 *
 * @param type  the catalog's slug ({@code domain-ch}, {@code web-hosting}, ...)
 * @param label what the customer named it when ordering: the domain name for a domain
 */
public record HeldProduct(String id, String organizationId, ProductAccess kind, String type, String label,
                          State state, LocalDate expiresOn) {

    public enum State { ACTIVE, BLOCKED, TERMINATED }
}
