/**
 * kDrive drives: name, quota and users with a role (read, write, manage), in person or through teams.
 * Decisions: a quota of 1 GB to 100 TB; the space used is the usage simulator's storage figure for the
 * drive, never above its quota; a person's own role overrides their teams' (ORG-8), and among teams the
 * highest role counts.
 */
package ch.partnerportal.services.drives.entity;
