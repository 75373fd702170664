/** The kDrive drives facade: drives, quotas, and users with roles in person and through teams. */
package ch.partnerportal.services.drives.boundary;
