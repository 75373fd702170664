package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Credits of bank notifications, newest first. */
@Schema(name = "BankCreditList", description = "Credits of bank notifications, newest first")
public record BankCreditList(@Schema(required = true) List<BankCredit> items) {
}
