/**
 * How refusals and failures become {@code application/problem+json} answers (API-3).
 *
 * <p>Decisions: what the web container refuses before JAX-RS sees the request (an encoded slash,
 * dot, backslash or {@code #} in the path, an escape that is not UTF-8, a security refusal) reaches
 * the WAR's error page, {@link ch.partnerportal.api.problems.ContainerProblems}, and is answered like
 * any refusal ({@code API-014} for a malformed request). A path Liberty cannot decode at all ({@code %00}
 * and other control characters, a cut escape) is refused by the web container itself before any
 * application is chosen, with a fixed answer that no application can replace; it names no class and
 * shows no frame, and a reverse proxy in front is the place to make it problem+json. Stack traces are
 * logged, never answered.
 *
 * <p>The OpenAPI document says so for every operation ({@link ch.partnerportal.api.problems.ProblemDocumentation}):
 * each 4xx and 5xx answer is a {@code Problem}, and the refusals the container or the API's
 * conventions give any operation (400 API-014, 404, 405, 406, 500, 503; 413 and 415 where a body is
 * read) are listed on each, so that a client knows every status it can meet and the contract check
 * holds the server to it.
 */
package ch.partnerportal.api.problems;
