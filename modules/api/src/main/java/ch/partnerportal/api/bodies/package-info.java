/**
 * The API's bodies as Java records, mapped by JSON-B and described by MicroProfile OpenAPI from
 * these types: what a client can generate a typed SDK from, and what the contract test holds every
 * answer to. Vocabularies (roles, permissions, contact topics, statuses) travel as lower-case slugs,
 * lists of them sorted; times as ISO-8601 instants; an optional value that is not set is
 * {@code null}, never left out ({@code @JsonbNillable}).
 */
package ch.partnerportal.api.bodies;
