package ch.partnerportal.system.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The fake SMTP server the portal's outbox delivers to. One server serves the whole test run (the
 * outbox backs off when it cannot deliver, so it must not come and go between test classes): test
 * classes that read mail register this extension, the first one starts the server and the end of the
 * run stops it.
 */
public final class Mailbox implements BeforeAllCallback {

    /** The outbox sends within a few seconds of the commit; this leaves room for a busy machine. */
    public static final Duration DELIVERY = Duration.ofSeconds(45);
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation\\.xhtml\\?token=([A-Za-z0-9_%.~-]+)");

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Mailbox.class, key -> start(), AutoCloseable.class);
    }

    private static synchronized AutoCloseable start() {
        server = new RefusingUnknownMailboxes(new ServerSetup(Env.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return Mailbox::stop;
    }

    /** A local part that the test mail server refuses as a real one refuses an unknown mailbox (550 5.1.1). */
    public static final String REFUSED_PREFIX = "refused.";

    /**
     * GreenMail takes every recipient; a real mail server refuses mailboxes it does not know. This one
     * refuses local parts starting with {@link #REFUSED_PREFIX} at RCPT TO, with a permanent answer.
     */
    private static final class RefusingUnknownMailboxes extends GreenMail {

        RefusingUnknownMailboxes(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return recipient.getUser().startsWith(REFUSED_PREFIX)
                            ? "550 5.1.1 <" + recipient.getEmail() + ">: no such mailbox here"
                            : super.checkRecipient(state, recipient);
                }
            };
            return super.createServices(config, new Managers() {
                @Override
                public SmtpManager getSmtpManager() {
                    return refusing;
                }

                @Override
                public UserManager getUserManager() {
                    return managers.getUserManager();
                }

                @Override
                public ImapHostManager getImapHostManager() {
                    return managers.getImapHostManager();
                }
            });
        }
    }

    private static synchronized void stop() {
        server.stop();
        server = null;
    }

    /** Messages received so far for this address, oldest first. */
    public static synchronized List<MimeMessage> messagesTo(String email) {
        if (server == null) {
            throw new IllegalStateException("Register @ExtendWith(Mailbox.class) on the test class");
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (isFor(message, email)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Waits until at least {@code count} messages reached the address and returns them, oldest first. */
    public static List<MimeMessage> awaitMessages(String email, int count) {
        return await("e-mail number " + count + " to " + email).atMost(DELIVERY)
                .until(() -> messagesTo(email), messages -> messages.size() >= count);
    }

    /** The secret of the invitation link in the {@code nth} (1-based) message to the address. */
    public static String awaitInvitationToken(String email, int nth) {
        String body = text(awaitMessages(email, nth).get(nth - 1));
        Matcher link = INVITATION_LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("No invitation link in the e-mail to " + email + ":\n" + body);
        }
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    public static String awaitInvitationToken(String email) {
        return awaitInvitationToken(email, 1);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message, also of one sent as text and HTML (Keycloak's). */
    public static String plainText(MimeMessage message) {
        try {
            return plainPart(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainPart(Object content) throws MessagingException, IOException {
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (part.isMimeType("multipart/*")) {
                    return plainPart(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }

    /** The decoded text of a plain-text message. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            if (recipients == null) {
                return false;
            }
            for (Address recipient : recipients) {
                if (recipient.toString().equalsIgnoreCase(email)) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
