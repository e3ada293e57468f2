package io.billingconsole.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port; the application sends to
 * it instead of the mock mailer. Tests read what arrived, and may stop and restart the server to
 * play an SMTP outage (the port stays the same).
 */
@QuarkusTestResource(MailServer.class)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        start(server);
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "billing@test.local",
                // idle connections leave the client's pool before GreenMail closes them (see start)
                "quarkus.mailer.keep-alive-timeout", "PT1S");
    }

    /**
     * About one new connection in a hundred misses GreenMail's greeting and waits for the server's
     * socket timeout (30 s by default); a shorter timeout turns that into a quicker failure, which the
     * outbox retries like any other. Idle pooled connections leave the pool (after 1-2 s) before
     * GreenMail closes them. Not shorter than 10 s: on a machine loaded with other builds the
     * client can pause for seconds between the end of a mail's DATA and its next command, and a
     * timeout there answers 421 for a mail GreenMail already keeps, so the retry delivers it twice
     * (at-least-once, as with any SMTP server) and a test counting one mail fails.
     */
    private static void start(GreenMail greenMail) {
        greenMail.start();
        greenMail.getSmtp().setClientSocketTimeout(10_000);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Plays an SMTP outage: connections are refused until {@link #restart()}. */
    public static void shutDown() {
        server.stop();
    }

    /** Back on the same port; mails received before the outage are kept. */
    public static void restart() {
        if (!server.isRunning()) {
            start(server);
        }
        awaitGreeting();
    }

    /** GreenMail's start() can return before its SMTP service answers; wait until it greets a client. */
    private static void awaitGreeting() {
        int port = server.getSmtp().getPort();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(1_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String greeting = in.readLine();
                socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                if (greeting != null && greeting.startsWith("220")) {
                    return;
                }
            } catch (IOException notYet) {
                // refused or silent: not ready yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GreenMail did not come back on port " + port);
            }
            sleep(50);
        }
    }

    /** Every mail received so far for this address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /**
     * Waits until at least {@code count} mails for the address have arrived, for as long as {@link Eventually} waits
     * (30 s): one mail can take a GreenMail greeting that never comes (the 10 s socket timeout, see {@link #start})
     * plus the outbox's retry, so a shorter wait fails now and then on a mail that is on its way. It returns at the
     * count, so it cannot see a mail sent twice: to count exactly, use {@link Outbox#drainedMailsTo}.
     */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        long deadline = System.nanoTime() + Eventually.DEFAULT.toNanos();
        List<MimeMessage> mails = mailsTo(address);
        while (mails.size() < count && System.nanoTime() < deadline) {
            sleep(50);
            mails = mailsTo(address);
        }
        return mails;
    }

    /** The decoded text of the mail's part of that type (multipart/alternative). */
    public static String part(MimeMessage mail, String type) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + mail.getContentType());
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
