/**
 * The API's resources (version 1) and the filters every request passes through.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Every request body is a record of {@code ch.partnerportal.api.bodies}, read by
 *   {@link ch.partnerportal.api.boundary.StrictBodies}: strictly (an unknown field, a value of another
 *   JSON type, text nobody types are refused with the field's path), then its Bean Validation
 *   constraints. Several fields in error are all named in the problem's {@code fields}.</li>
 *   <li>The boundary's constraints describe the shape of a body (required, how many items, how long a
 *   free text may be) and are documented in the OpenAPI schemas. The business rules (an e-mail address,
 *   a name's length, a role, a period, an amount) stay in the entities, which the console reaches through
 *   the same facades, and answer with their own codes (TEN-106, BIL-313, ...): one place per rule,
 *   whichever way the request came.</li>
 *   <li>A PATCH is a JSON merge patch (RFC 7396) read as a {@code Patch} of its record: a field left out
 *   keeps its value, {@code null} clears an optional one.</li>
 *   <li>Answers are records too, written by JSON-B; an optional value that is not set is {@code null}.</li>
 * </ul>
 */
package ch.partnerportal.api.boundary;
