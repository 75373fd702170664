/** The partner module's schema migrations (db/migration/partner), run at start-up. */
package ch.partnerportal.partner.schema;
