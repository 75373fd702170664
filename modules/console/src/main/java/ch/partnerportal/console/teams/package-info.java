/**
 * The console's teams page (ORG-8): teams with their product permissions and members, changed by those
 * who manage the organization; members are named and offered by {@code OrganizationPeople}.
 */
package ch.partnerportal.console.teams;
