/**
 * The public REST API (API-1 to API-5): {@code /api/{version}/...} with JSON bodies and OAuth 2 bearer
 * tokens from the identity provider. Resources only translate HTTP to the facades and back.
 *
 * <p>Decisions: a path without a version is served by the latest version (API-2), rewritten before
 * matching. Requests without a bearer token are refused, even when the browser carries the console's
 * login cookie, so that the API cannot be driven by cross-site requests. Every refusal is an
 * {@code application/problem+json} body with a stable {@code code} and a {@code detail} in the
 * language of {@code Accept-Language}.
 */
package ch.partnerportal.api;
