package ch.partnerportal.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * The lower-case, hyphenated names by which the API and the identity provider spell enum values
 * ({@code LEGAL_REPRESENTATIVE} is {@code legal-representative}).
 */
public final class Slugs {

    private Slugs() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled by the slug (or by its own name), ignoring case and surrounding blanks. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
