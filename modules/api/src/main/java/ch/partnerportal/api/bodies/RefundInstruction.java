package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What to refund of a paid invoice: some lines or all that are left, why, and where the money goes. */
@Schema(name = "RefundInstruction", description = "Lines to refund (or allLines), a reason, and where the money goes")
public record RefundInstruction(
        @Size(max = 1000) @Schema(description = "Line numbers, from 1") List<Integer> lines,
        @Schema(description = "Every line not refunded yet, instead of lines") Boolean allLines,
        @MultiLine @Schema(required = true, maxLength = 200) String reason,
        @Schema(enumeration = {"original-method", "prepaid-account"}, defaultValue = "original-method")
        String refundTo) {
}
