package ch.partnerportal.tenancy.organizations.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of enum constants as one comma-separated column (they are read and written whole). */
final class EnumSetText {

    private EnumSetText() {
    }

    static <E extends Enum<E>> String write(Collection<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }
}
