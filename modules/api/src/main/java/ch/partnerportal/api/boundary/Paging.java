package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;


import java.util.List;

/**
 * The paging and sorting parameters of a list, read as text and checked here: a wrong value is refused
 * with the parameter named ({@code first=-1}, {@code size=0}, {@code sort=password},
 * {@code descending=maybe}), never silently replaced by a default.
 */
record Paging(int first, int size, String sort, boolean descending) {

    static final int MAX_SEARCH = 100;
    static final String PAGE = "; first (from 0) and size (1 to 100, 50 if absent) choose the page: {items, total}";

    /** A list in one order (newest first): only first and size. */
    static Paging newestFirst(String first, String size, int maxSize) throws Refusal {
        return read(first, size, 50, maxSize, null, List.of("newest"), null);
    }

    /** A page as the API answers it: {@code {"items": [...], "total": n}}. */
    /**
     * @param maxSize the longest page the list serves
     * @param sorts   what the list sorts by, the default first
     */
    static Paging read(String first, String size, int defaultSize, int maxSize, String sort, List<String> sorts,
                       String descending) throws Refusal {
        int from = number("first", first, 0, 0, Integer.MAX_VALUE);
        int count = number("size", size, defaultSize, 1, maxSize);
        String by = sort == null ? sorts.get(0) : sort.strip();
        if (!sorts.contains(by)) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, "sort", String.join(", ", sorts));
        }
        boolean down;
        if (descending == null || descending.strip().equals("false")) {
            down = false;
        } else if (descending.strip().equals("true")) {
            down = true;
        } else {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, "descending", "true, false");
        }
        return new Paging(from, count, by, down);
    }

    /** A search text: typed text of at most {@link #MAX_SEARCH} characters. */
    static String search(String search) throws Refusal {
        return search("search", search);
    }

    /** The same for a search parameter of another name. */
    static String search(String name, String search) throws Refusal {
        String text = PlainText.line(name, search);
        if (text != null && text.length() > MAX_SEARCH) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, name, "at most " + MAX_SEARCH + " characters");
        }
        return text;
    }

    private static int number(String name, String text, int absent, int min, int max) throws Refusal {
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the range it takes
        }
        throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, name, max == Integer.MAX_VALUE
                ? "a whole number from " + min : "a whole number from " + min + " to " + max);
    }
}
