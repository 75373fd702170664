package ch.partnerportal.tenancy.api;

import java.util.Locale;
import java.util.Optional;

/** Administrative contact preferences: which notices a user receives (ORG-4). */
public enum ContactTopic {
    BILLING,
    TECHNICAL,
    LEGAL,
    COMMERCIAL;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactTopic> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        for (ContactTopic topic : values()) {
            if (topic.name().equals(normalized)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
