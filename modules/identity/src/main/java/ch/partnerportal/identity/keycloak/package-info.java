/** Projection of organizations, members and roles into Keycloak through its admin REST API. */
package ch.partnerportal.identity.keycloak;
