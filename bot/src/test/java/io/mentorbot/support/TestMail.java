package io.mentorbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * One real SMTP server (GreenMail) on loopback per test JVM, started on first use, which the shared application
 * sends to; and ways to read what arrived.
 */
public final class TestMail {

    public static final String FROM = "MentorBot <bot@mentorbot.test>";
    private static GreenMail server;
    /** The port, once fixed by a restart ({@link #down()}); 0 before. */
    private static int port;

    private TestMail() {
    }

    public static synchronized GreenMail shared() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return port == 0 ? shared().getSmtp().getPort() : port;
    }

    /** Stops the server: until {@link #up()}, sending fails as with a mail server that is down. */
    public static synchronized void down() {
        port = port();
        server.stop();
    }

    /** Starts the server again on the port the application sends to, with empty mailboxes. */
    public static synchronized void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        GreenMail started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }

    public static void emptyMailboxes() {
        try {
            shared().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every letter received for the address (ignoring case), oldest first. */
    public static List<MimeMessage> lettersTo(String address) {
        return Arrays.stream(shared().getReceivedMessages()).filter(letter -> isFor(letter, address)).toList();
    }

    /** Waits for a letter to the address whose subject starts so. */
    public static MimeMessage awaitLetter(String address, String subjectStart) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> lettersTo(address).stream()
                .filter(letter -> subject(letter).startsWith(subjectStart)).reduce((first, second) -> second),
                Optional::isPresent).orElseThrow();
    }

    public static String subject(MimeMessage letter) {
        try {
            return letter.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body, decoded. */
    public static String text(MimeMessage letter) {
        try {
            return textIn(letter).orElseThrow(() -> new AssertionError("The letter has no text part"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachment of that name, if the letter has one. */
    public static Optional<BodyPart> attachment(MimeMessage letter, String fileName) {
        try {
            if (!(letter.getContent() instanceof Multipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                if (fileName.equals(parts.getBodyPart(i).getFileName())) {
                    return Optional.of(parts.getBodyPart(i));
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part's content, decoded from its transfer encoding, as UTF-8 text. */
    public static String content(BodyPart part) {
        try {
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> textIn(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Optional<String> text = textIn(parts.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isFor(MimeMessage letter, String address) {
        try {
            Address[] to = letter.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
