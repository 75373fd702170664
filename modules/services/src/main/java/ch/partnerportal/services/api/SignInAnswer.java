package ch.partnerportal.services.api;

/** The answer to a mail server asking about a mailbox sign-in. */
public enum SignInAnswer {
    ACCEPTED,
    /** Wrong password, unknown mailbox or unavailable service: the mail server is told no more. */
    REFUSED,
    /** Too many failures lately for this address or this client. */
    THROTTLED
}
