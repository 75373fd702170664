package ch.partnerportal.partner.api;

import java.util.List;

/**
 * What stopping a relationship changes (PAR-10), shown before the password is asked: every product
 * stays with the client (listed are those the partner reaches now), no account is deleted, and, with
 * billing entrusted, billing returns to the client.
 *
 * @param productsStaying the labels of the client's products the partner reaches now
 * @param billingReturns  whether billing was entrusted to the partner and goes back to the client
 */
public record EndingPreview(RelationshipView relationship, List<String> productsStaying, boolean billingReturns) {

    public EndingPreview {
        productsStaying = List.copyOf(productsStaying);
    }
}
