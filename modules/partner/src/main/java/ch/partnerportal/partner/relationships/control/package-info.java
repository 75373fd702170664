/** What the relationships' facade leans on: access read against the client's products, views, e-mails, the daily run. */
package ch.partnerportal.partner.relationships.control;
