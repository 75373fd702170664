package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.Refusal;

import java.util.List;

/**
 * A request body refused before any facade saw it: not JSON, a field the request does not take, a
 * value of the wrong type, or one its Bean Validation constraints refuse. Every field in error is
 * named, in the order of their paths; the first one gives the answer its code. Unchecked because it
 * leaves a JAX-RS body reader, which may not throw a checked exception.
 */
public final class InvalidBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A field in error, by its path in the body ({@code items[0].label}); {@code null} for the body as a whole. */
    public record FieldError(String field, Refusal refusal) {
    }

    private final transient List<FieldError> errors;

    public InvalidBody(List<FieldError> errors) {
        super(errors.get(0).refusal().getMessage(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidBody(String field, Refusal refusal) {
        this(List.of(new FieldError(field, refusal)));
    }

    public Refusal refusal() {
        return errors.get(0).refusal();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
