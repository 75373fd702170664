/**
 * What {@code /health/ready} and the metrics say about this server (MicroProfile Health and Metrics).
 *
 * <p>Decisions: readiness is DOWN when the database cannot be used or Keycloak cannot be reached: the
 * server cannot serve a login or a change then. The outbox (its backlog, the age of the oldest change
 * not yet carried out, the e-mails set aside) is reported in readiness as data and as metrics, and is
 * never a reason to be DOWN: taking every server out of the load balancer because the mail server is
 * slow would stop the portal for something people can wait for. Liveness is Liberty's own (the
 * application started and runs): it asks nothing of the database or Keycloak, so a slow database never
 * makes an orchestrator restart healthy servers. Each check has a short time-out. The checks are
 * published by the API WAR ({@code ch.partnerportal.api.health}): declared here, they would be
 * answered once per web module.
 */
package ch.partnerportal.identity.health;
