package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.MailboxView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A mailbox: never its password, only whether it has one of its own or is unified (IDN-2, IDN-3). */
@Schema(name = "Mailbox", description = "A mailbox of a mail service")
public record Mailbox(
        @Schema(required = true) String id,
        @Schema(required = true, example = "anna@rossi.ch") String address,
        @Schema(required = true, description = "Account ids of the members who read it") List<String> readers,
        @Schema(required = true, description = "Ids of the teams whose members read it") List<String> teamReaders,
        @Schema(required = true) List<String> aliases,
        @Schema(required = true) List<String> forwards,
        @Schema(required = true, description = "Whether forwarded mail is also kept here") boolean keepCopy,
        @Schema(required = true, description = "Whether it signs in with a password of its own") boolean hasOwnPassword,
        @Schema(required = true, description = "Whether it signs in with its account's login password (IDN-3)")
        boolean unified,
        @Schema(nullable = true, description = "When its password last changed") Instant passwordChangedAt) {

    public static Mailbox of(MailboxView view) {
        return new Mailbox(view.id(), view.address(), view.readers(), view.teamReaders(), view.aliases(), view.forwards(), view.keepCopy(),
                view.hasOwnPassword(), view.unified(), view.passwordChangedAt());
    }
}
