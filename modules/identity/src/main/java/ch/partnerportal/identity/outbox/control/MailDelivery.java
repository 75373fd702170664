package ch.partnerportal.identity.outbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;

/** Hands one notice to the SMTP server configured as {@code mail/portal}. */
@ApplicationScoped
public class MailDelivery {

    /** An SMTP answer that refuses for good (RFC 5321: 5yz is a permanent negative completion). */
    private static final Pattern PERMANENT = Pattern.compile("^5\\d\\d[ -].*", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("^[2-5]\\d\\d[ -].*", Pattern.DOTALL);

    @Resource(lookup = "mail/portal")
    Session session;

    /**
     * The address or the mail was refused for good: trying again later gives the same answer. The
     * message is the reason a platform administrator reads (the server's answer), without internals.
     */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    public void send(String recipient, String subject, String body) throws MessagingException, Refused {
        InternetAddress to;
        try {
            to = new InternetAddress(recipient, true);
        } catch (AddressException invalid) {
            throw new Refused("Not a valid address: " + oneLine(invalid.getMessage()));
        }
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        try {
            Transport.send(message);
        } catch (MessagingException failed) {
            Refused refused = refusedForGood(failed);
            if (refused != null) {
                throw refused;
            }
            throw failed;
        }
    }

    /** The failure as a refusal for good, or null when trying again later may succeed. */
    static Refused refusedForGood(MessagingException failed) {
        // Jakarta Mail lists an address the server refused with a 5yz answer as invalid
        if (failed instanceof SendFailedException send && send.getInvalidAddresses() != null
                && send.getInvalidAddresses().length > 0) {
            return new Refused("The mail server refused the address: " + serverAnswer(failed));
        }
        String answer = serverAnswer(failed);
        return PERMANENT.matcher(answer).matches() ? new Refused("The mail server refused the mail: " + answer) : null;
    }

    /** What went wrong, for people: the server's answer where there is one, else the failure's message. */
    public static String reason(Exception failure) {
        if (failure instanceof MessagingException messaging) {
            return "The mail server could not be reached or did not take the mail: " + serverAnswer(messaging);
        }
        return oneLine(failure.getMessage() == null ? "unknown failure" : failure.getMessage());
    }

    private static String serverAnswer(MessagingException failure) {
        String first = null;
        for (Exception cause = failure; cause != null;
             cause = cause instanceof MessagingException next ? next.getNextException() : null) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
            if (ANSWER.matcher(message).matches()) {
                return oneLine(message);
            }
            if (first == null && !message.isEmpty()) {
                first = message;
            }
        }
        return oneLine(first == null ? "no answer" : first);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
