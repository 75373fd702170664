/** Work teams (ORG-8): a name, product permissions, and the accounts of the organization in it. */
package ch.partnerportal.tenancy.teams.entity;
