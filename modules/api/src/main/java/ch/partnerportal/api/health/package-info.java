/**
 * The readiness checks, published by this web module alone: MicroProfile Health counts a check bean
 * once for every web module that can see it, so checks declared in an EJB module would be answered
 * twice (once for the API, once for the console). The answers come from identity's ServiceHealth.
 */
package ch.partnerportal.api.health;
