/** A product's workspace: the row that says it was provisioned, with whose and which kind it is. */
package ch.partnerportal.services.workspaces.entity;
