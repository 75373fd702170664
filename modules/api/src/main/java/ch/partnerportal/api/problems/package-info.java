/** How refusals and failures become {@code application/problem+json} answers (API-3). */
package ch.partnerportal.api.problems;
