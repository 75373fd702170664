package ch.partnerportal.partner.api;

import java.util.List;

/**
 * What stopping a relationship changes (PAR-10), shown before the password is asked: every product
 * stays with the client (listed are those the partner reaches now), no account is deleted, and, with
 * billing entrusted, billing returns to the client.
 *
 * @param productsStaying the labels of the client's products the partner reaches now
 * @param billingReturns  whether billing was entrusted to the partner and goes back to the client
 * @param assignmentsEnding how many of the partner's users assigned to the client stop acting for it (PAR-6)
 */
public record EndingPreview(RelationshipView relationship, List<String> productsStaying, boolean billingReturns,
                            int assignmentsEnding) {

    public EndingPreview {
        productsStaying = List.copyOf(productsStaying);
    }
}
