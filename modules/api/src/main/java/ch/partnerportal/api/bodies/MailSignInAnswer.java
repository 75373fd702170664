package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MailSignInAnswer", description = "Yes or no; a refusal never says what was wrong")
public record MailSignInAnswer(@Schema(required = true) boolean accepted) {
}
