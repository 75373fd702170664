package ch.partnerportal.kernel;

/**
 * A business refusal's code. Each module has one enum implementing this, numbered by module
 * (TEN-1xx for tenancy, IDN-2xx for identity, ...). The code is stable: clients of the API match on it.
 */
public interface ErrorCode {

    /** Stable code such as {@code TEN-107}. */
    String code();

    /** HTTP status the API answers with. */
    int httpStatus();

    /** Base name of the resource bundle holding the translated messages, keyed by {@link #code()}. */
    String bundle();

    /** Short, untranslated slug used in the problem type URI. */
    default String slug() {
        return Slugs.of((Enum<?>) this);
    }
}
