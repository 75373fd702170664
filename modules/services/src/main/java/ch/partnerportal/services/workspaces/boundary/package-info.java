/** Provisioning: a delivered product's workspace is made after the payment's transaction committed. */
package ch.partnerportal.services.workspaces.boundary;
