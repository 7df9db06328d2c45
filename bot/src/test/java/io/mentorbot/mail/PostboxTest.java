package io.mentorbot.mail;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** When e-mail is on, and that a mail server that cannot be reached is a logged false, never an exception. */
class PostboxTest {

    @Test
    void withoutAnSmtpHostEmailIsOff() {
        Postbox postbox = postbox("", 587, "", new MailSettings("bot@example.com", null, 0, null, 0, 0));

        assertThat(postbox.isOpen()).isFalse();
        assertThat(postbox.send(new Letter("john@example.com", "Hi", "Hello", null))).isFalse();
    }

    @Test
    void withoutASenderEmailIsOffUnlessTheSmtpUserIsAnAddress() {
        MailSettings noSender = new MailSettings("", null, 0, null, 0, 0);

        assertThat(postbox("smtp.example.com", 587, "apikey", noSender).isOpen()).isFalse();
        assertThat(postbox("smtp.example.com", 587, "bot@example.com", noSender).isOpen()).isTrue();
    }

    @Test
    void anUnreachableServerIsReportedAsNotSentNeverThrown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Postbox postbox = postbox("127.0.0.1", closedPort, "",
                new MailSettings("bot@example.com", null, 0, null, 0, 0));

        assertThat(postbox.isOpen()).isTrue();
        assertThat(postbox.send(new Letter("john@example.com", "Hi", "Hello", new byte[] {1}))).isFalse();
    }

    @Test
    void logsShowOnlyAMaskedAddress() {
        assertThat(Postbox.masked("john.smith@example.com")).isEqualTo("j***@example.com");
        assertThat(Postbox.masked("nonsense")).isEqualTo("***");
    }

    private static Postbox postbox(String host, int port, String username, MailSettings settings) {
        MailProperties smtp = new MailProperties();
        smtp.setHost(host);
        smtp.setPort(port);
        smtp.setUsername(username);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("sender", sender);
        beans.registerSingleton("smtp", smtp);
        return new Postbox(beans.getBeanProvider(JavaMailSender.class),
                beans.getBeanProvider(MailProperties.class), settings);
    }
}
