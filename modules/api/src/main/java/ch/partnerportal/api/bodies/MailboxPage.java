package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.MailboxPageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MailboxPage", description = "One page of mailboxes by address, and how many there are")
public record MailboxPage(@Schema(required = true) List<Mailbox> items, @Schema(required = true) long total) {

    public static MailboxPage of(MailboxPageView page) {
        return new MailboxPage(page.items().stream().map(Mailbox::of).toList(), page.total());
    }
}
