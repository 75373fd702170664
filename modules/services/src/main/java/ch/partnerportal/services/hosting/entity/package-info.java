/**
 * Web hosting: sites and technical credentials (IDN-4). Decisions: a site's host name is a domain the
 * organization holds or a name under it, once on the platform; PHP 8.1 to 8.4, the newest for a new
 * site; a credential's user name is its kind's prefix and a name of its own ({@code ftp_shop}), once
 * on the platform; its password is made by the portal (24 characters from a secure random source),
 * shown in the answer that made or reset it and never again, and kept as an Argon2id hash.
 */
package ch.partnerportal.services.hosting.entity;
