/** Usage statistics of a product, from the deterministic simulator (no real traffic exists here). */
package ch.partnerportal.services.usage.boundary;
