/** Opening a product's workspace: whose it is, which kind, whether its state allows the action. */
package ch.partnerportal.services.workspaces.control;
