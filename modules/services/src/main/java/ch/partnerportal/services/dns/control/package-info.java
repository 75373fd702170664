/** The provider's name servers and the zone file a domain's zone exports. */
package ch.partnerportal.services.dns.control;
