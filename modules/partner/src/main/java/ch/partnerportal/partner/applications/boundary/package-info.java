/**
 * The facades of PAR-1: {@code PartnerApplications} for the applying organization,
 * {@code PartnerReviews} for the platform administrators (the review queue, decisions, revocation and
 * the yearly review), and {@code PartnerRoster}, which tells the Keycloak projection who carries the
 * realm role {@code partner}.
 */
package ch.partnerportal.partner.applications.boundary;
