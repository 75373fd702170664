package ch.partnerportal.api.bodies;

import java.util.Set;

/**
 * A JSON merge patch (RFC 7396) read as its record: {@code values} holds what the body gives, and
 * {@code fields} which fields it names, since a field left out keeps its value while a field given
 * as {@code null} clears it.
 */
public record Patch<T extends Record>(T values, Set<String> fields) {

    public Patch {
        fields = Set.copyOf(fields);
    }

    public boolean has(String field) {
        return fields.contains(field);
    }
}
