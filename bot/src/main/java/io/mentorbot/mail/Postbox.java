package io.mentorbot.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends letters over SMTP. Open only when an SMTP host and a sender are configured. {@link #send} logs a failed send
 * and reports it as false; {@link #deliver} throws, for callers that retry.
 */
@Component
class Postbox {

    static final String CALENDAR_NAME = "mentoring-session.ics";
    private static final Logger log = LoggerFactory.getLogger(Postbox.class);

    private final JavaMailSender sender;
    private final String from;

    Postbox(ObjectProvider<JavaMailSender> senders, ObjectProvider<MailProperties> smtp, MailSettings settings) {
        MailProperties server = smtp.getIfAvailable();
        String host = server == null ? null : server.getHost();
        String user = server == null ? null : server.getUsername();
        String sender = settings.from().isEmpty() && user != null && user.contains("@") ? user : settings.from();
        JavaMailSender mail = senders.getIfAvailable();
        if (!StringUtils.hasText(host) || mail == null) {
            log.info("E-mail is off: no SMTP host (SMTP_HOST) is set");
        } else if (sender.isEmpty()) {
            log.warn("E-mail is off: SMTP_HOST is set, but no sender: set MAIL_FROM");
        } else {
            log.info("E-mail is on: SMTP {}:{}, from {}", host, server.getPort(), sender);
        }
        boolean open = StringUtils.hasText(host) && mail != null && !sender.isEmpty();
        this.sender = open ? mail : null;
        this.from = open ? sender : null;
    }

    boolean isOpen() {
        return sender != null;
    }

    /** Sends the letter; false when e-mail is off or the server refused it (the log has why). */
    boolean send(Letter letter) {
        if (!isOpen()) {
            return false;
        }
        try {
            deliver(letter);
            return true;
        } catch (MessagingException | MailException e) {
            // never the letter itself in the log: it may carry a verification code
            log.warn("Sending an e-mail to {} failed: {}", masked(letter.to()), e.getMessage(), e);
            return false;
        }
    }

    /**
     * Sends the letter, or throws why not (the server is unreachable, or refused it); only while {@link #isOpen()}.
     */
    void deliver(Letter letter) throws MessagingException {
        if (!isOpen()) {
            throw new IllegalStateException("E-mail is off");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mime = new MimeMessageHelper(message, letter.calendar() == null
                ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        mime.setFrom(from);
        mime.setTo(letter.to());
        mime.setSubject(letter.subject());
        mime.setText(letter.text(), false);
        if (letter.calendar() != null) {
            mime.addAttachment(CALENDAR_NAME, new ByteArrayResource(letter.calendar()),
                    "text/calendar; method=" + letter.calendarMethod() + "; charset=UTF-8");
        }
        sender.send(message);
    }

    /** "j***@example.com": enough to tell addresses apart in a log, without keeping them. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
