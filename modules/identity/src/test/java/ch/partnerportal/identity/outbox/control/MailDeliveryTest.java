package ch.partnerportal.identity.outbox.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class MailDeliveryTest {

    @Test
    void anAddressTheServerRefusesWithA5xxAnswerIsRefusedForGoodWithTheServersWords() throws Exception {
        MessagingException answer = new MessagingException("550 5.1.1 <nobody@example.ch>: no such mailbox here\n");
        SendFailedException failed = new SendFailedException("Invalid Addresses", answer, new Address[0],
                new Address[0], new Address[] {new InternetAddress("nobody@example.ch")});
        MailDelivery.Refused refused = MailDelivery.refusedForGood(failed);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).isEqualTo(
                "The mail server refused the address: 550 5.1.1 <nobody@example.ch>: no such mailbox here");
    }

    @Test
    void aBusyOrUnreachableServerMayTakeTheMailLater() {
        SendFailedException busy = new SendFailedException("Temporary failure",
                new MessagingException("451 4.3.0 try again later"), new Address[0], new Address[0], new Address[0]);
        assertThat(MailDelivery.refusedForGood(busy)).isNull();
        MessagingException down = new MessagingException("Could not connect to SMTP host: 127.0.0.1, port: 3025",
                new ConnectException("Connection refused"));
        assertThat(MailDelivery.refusedForGood(down)).isNull();
        assertThat(MailDelivery.reason(down)).startsWith("The mail server could not be reached")
                .doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void aMailTheServerRefusesWholeIsRefusedForGood() {
        MessagingException rejected = new MessagingException("554 5.7.1 Message rejected as spam");
        assertThat(MailDelivery.refusedForGood(rejected)).isNotNull();
    }
}
