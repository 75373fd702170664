package ch.partnerportal.api.bodies;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Vocabulary values as the API writes them: their slugs, sorted, so answers compare as written. */
final class Slugs {

    private Slugs() {
    }

    static <T> List<String> sorted(Collection<T> values, Function<T, String> slug) {
        return values.stream().map(slug).sorted().toList();
    }
}
