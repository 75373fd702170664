/** The API's resources (version 1) and the filters every request passes through. */
package ch.partnerportal.api.boundary;
