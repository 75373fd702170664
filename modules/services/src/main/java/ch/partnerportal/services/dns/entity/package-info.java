/**
 * DNS zones of domains and their records, with the checks a provider applies before a record reaches a
 * name server. Decisions where the rules are silent:
 * <ul>
 *   <li>Types offered: A, AAAA, CNAME, MX, TXT, SRV, CAA. SOA and the apex NS records are the
 *       provider's and written from the zone (serial, name servers); sub-delegations are not offered.</li>
 *   <li>TTL from 60 seconds to one week, 3600 by default. At most 500 records per zone.</li>
 *   <li>Owner names are relative ({@code @} the apex), may start with {@code *} and carry underscores;
 *       targets are full host names (letters, digits, hyphens) and never addresses. Names with accents
 *       are kept in punycode, as DNS carries them.</li>
 *   <li>TXT values are plain printable ASCII up to 2048 characters; the zone file cuts them into the
 *       255-byte strings DNS needs.</li>
 *   <li>An identical record twice is refused; so is a CNAME beside any record of its name and at the
 *       apex.</li>
 *   <li>A domain delegated to 2 to 6 other name servers keeps its zone here; the zone is then marked
 *       as not served by the provider.</li>
 * </ul>
 */
package ch.partnerportal.services.dns.entity;
