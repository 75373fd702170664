/**
 * In-container tests of the EJB modules with Arquillian on a real Liberty (its own server,
 * {@code portal-arq}, made by the build from the same runtime): what must hold at the facades
 * themselves, below the HTTP system tests of the ear module. A facade call is one transaction and a
 * refusal takes back all of it; the last legal representative and the prepaid balance hold under
 * calls released at one instant; every module's migrations ran on the configured database (Derby,
 * and PostgreSQL with {@code -Ppostgresql}).
 *
 * <p>Decisions: the deployment is made of the built EAR's EJB modules and libraries, not rebuilt
 * from sources, so what is tested is what ships. Callers are fixed users of a basic registry taken on
 * by run-as beans: the facades read their caller from the container as they do for a signed-in
 * person. Every run starts from an empty database. No Keycloak and no mail server run here: the
 * outbox keeps what would be sent, and the tests read it.
 */
package ch.partnerportal.incontainer;
