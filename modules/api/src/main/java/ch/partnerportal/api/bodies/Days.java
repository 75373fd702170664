package ch.partnerportal.api.bodies;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days in bodies and query parameters are ISO dates ({@code 2026-12-01}); anything else is API-013. */
public final class Days {

    private Days() {
    }

    /** @return null for a day left out */
    public static LocalDate parse(String name, String text) throws Refusal {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, name, "a date such as 2026-12-01");
        }
    }
}
