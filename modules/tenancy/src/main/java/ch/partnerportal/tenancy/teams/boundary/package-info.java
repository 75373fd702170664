/**
 * Work teams (ORG-8). Decisions: every member sees the teams, legal representatives and administrators
 * manage them; names are unique in an organization regardless of case; at most 200 teams are listed; a
 * member who leaves the organization leaves its teams; a team's permissions add to its members' own
 * (the decision point adds them up), and the product access a team is given (a drive, mailboxes) is the
 * services module's, which adds it to its members' own there.
 */
package ch.partnerportal.tenancy.teams.boundary;
