/**
 * What the web modules and later modules may use of the services: the error codes
 * ({@link ch.partnerportal.services.api.ServicesError}, SRV-4xx), the facades' inputs and views.
 */
package ch.partnerportal.services.api;
