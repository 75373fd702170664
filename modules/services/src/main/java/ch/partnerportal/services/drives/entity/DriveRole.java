package ch.partnerportal.services.drives.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.services.api.ServicesError;

/** What a user may do in a kDrive drive, from least to most. */
public enum DriveRole {
    READ, WRITE, MANAGE;

    public String slug() {
        return Slugs.of(this);
    }

    public static DriveRole parse(String text) throws Refusal {
        return Slugs.parse(DriveRole.class, text)
                .orElseThrow(() -> new Refusal(ServicesError.DRIVE_ROLE_UNKNOWN, text == null ? "" : text));
    }
}
