/** The services module's schema migrations (db/migration/services), run at start-up. */
package ch.partnerportal.services.schema;
