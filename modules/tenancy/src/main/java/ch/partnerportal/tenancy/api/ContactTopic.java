package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Slugs;

import java.util.Optional;

/** Administrative contact preferences: which notices a user receives (ORG-4). */
public enum ContactTopic {
    BILLING,
    TECHNICAL,
    LEGAL,
    COMMERCIAL;

    public String slug() {
        return Slugs.of(this);
    }

    public static Optional<ContactTopic> fromSlug(String text) {
        return Slugs.parse(ContactTopic.class, text);
    }
}
