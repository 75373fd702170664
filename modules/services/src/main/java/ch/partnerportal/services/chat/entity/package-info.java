/**
 * What a kChat product is: a workspace with the people in it and its channels.
 *
 * <p>Decisions where the issue was silent:
 * <ul>
 *   <li>People are in a workspace in person, with the role member or admin, or through a team (ORG-8) as
 *       members; the two add up, and a person's own role decides where both exist. Only members of the
 *       organization (externals included) count, so someone who leaves the organization or the team is
 *       out of the workspace at once, without a write.</li>
 *   <li>Public channels have everyone in the workspace; private ones the people put in them. Turning a
 *       public channel private keeps everyone who was in it; turning it public gives it the workspace.</li>
 *   <li>Every workspace has a {@code general} channel, public and undeletable, as chat applications do,
 *       so that a new member always lands somewhere. At most 500 channels per workspace.</li>
 *   <li>Channel names are lower case, digits, hyphens and underscores (spaces become hyphens), unique in
 *       the workspace; the portal keeps no messages: it manages the workspace, not the conversation.</li>
 * </ul>
 */
package ch.partnerportal.services.chat.entity;
