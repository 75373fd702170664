package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far ahead of the wall clock a test server's clock runs. */
@Schema(name = "ClockSetting", description = "Only on a server started with portal.clock.adjustable: how far "
        + "ahead of the wall clock the portal's clock runs, in seconds; 0 puts it back")
public record ClockSetting(
        @Schema(required = true, example = "32400") @NotNull @Min(0) @Max(366 * 24 * 3600) Integer aheadSeconds) {
}
