/** The DNS zones facade: records, name servers and the zone file of a domain. */
package ch.partnerportal.services.dns.boundary;
