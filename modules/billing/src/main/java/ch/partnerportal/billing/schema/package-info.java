/** The billing tables' versioned migrations (Flyway), run at start-up with their own history table. */
package ch.partnerportal.billing.schema;
