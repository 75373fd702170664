package ch.partnerportal.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's mail server: accepts every e-mail the portal sends on SMTP (no delivery anywhere) and
 * shows them, newest first, on a web page, so that a newcomer can follow invitation links.
 * Arguments: SMTP port, HTTP port.
 */
public final class DemoMailbox {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    private DemoMailbox() {
    }

    public static void main(String[] args) throws IOException {
        int smtpPort = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
        int httpPort = args.length > 1 ? Integer.parseInt(args[1]) : 8025;
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        http.createContext("/", exchange -> {
            byte[] page = render(mail.getReceivedMessages()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        http.start();
        System.out.println("Demo mailbox: SMTP on 127.0.0.1:" + smtpPort + ", messages on http://localhost:" + httpPort);
    }

    private static String render(MimeMessage[] messages) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                + "<title>Demo mailbox</title><meta http-equiv='refresh' content='10'>"
                + "<style>body{font-family:system-ui;max-width:900px;margin:2rem auto}article{border:1px solid #ccc;"
                + "border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head><body>"
                + "<h1>Demo mailbox</h1><p>Every e-mail the portal sent, newest first.</p>");
        for (int i = messages.length - 1; i >= 0; i--) {
            try {
                MimeMessage message = messages[i];
                html.append("<article><strong>To: ").append(escape(String.join(", ",
                                java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())))
                        .append("</strong><br><strong>Subject: ").append(escape(message.getSubject()))
                        .append("</strong><pre>").append(linked(escape(text(message))))
                        .append("</pre></article>");
            } catch (Exception e) {
                html.append("<article>unreadable message: ").append(escape(e.toString())).append("</article>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    private static String linked(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.replaceAll("<a href='$1'>$1</a>");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
