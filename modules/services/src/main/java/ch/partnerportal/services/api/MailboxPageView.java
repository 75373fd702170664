package ch.partnerportal.services.api;

import java.util.List;

/** One page of a mail service's mailboxes, by address. */
public record MailboxPageView(List<MailboxView> items, long total) {
}
