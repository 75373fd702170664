/**
 * The kChat facade: a product's workspace, the people in it and its channels, behind the decision point
 * (the {@code kchat} permission; seeing and changing are separate actions).
 */
package ch.partnerportal.services.chat.boundary;
