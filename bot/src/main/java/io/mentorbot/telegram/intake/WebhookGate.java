package io.mentorbot.telegram.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;

import io.mentorbot.telegram.IntakeSettings;
import io.mentorbot.telegram.intake.RefusedCalls.Kind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the webhook ({@value WebhookEndpoint#PATH}) and lets through only calls that carry the
 * configured secret in {@value #SECRET_HEADER} and a body of at most {@value #MAX_BODY} bytes. The secret is checked
 * before a byte of the body is read (401 without it, 403 with a wrong one), so a forger cannot make the application
 * read, let alone store, anything. A body announced or found to be larger gets 413; it is read up to the limit only.
 */
final class WebhookGate extends OncePerRequestFilter {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are far smaller; anything larger is not from Telegram. */
    static final int MAX_BODY = 1024 * 1024;
    /** Telegram allows 1-256 characters; fewer than 32 would make the secret guessable. */
    static final String SECRET_RULE = "[A-Za-z0-9_-]{32,256}";

    private final byte[] secretDigest;
    private final RefusedCalls refused;

    WebhookGate(String secret, RefusedCalls refused) {
        if (secret == null || !secret.matches(SECRET_RULE)) {
            throw new IllegalStateException("Webhook mode (TELEGRAM_WEBHOOK_URL is set) needs TELEGRAM_WEBHOOK_SECRET: "
                    + "32 to 256 characters of A-Z, a-z, 0-9, _ and - (e.g. `openssl rand -hex 32`)");
        }
        this.secretDigest = digest(secret);
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(SECRET_HEADER);
        if (secret == null) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, Kind.NO_SECRET);
            return;
        }
        // Digests have one length whatever was sent, so the comparison time says nothing about the secret.
        if (!MessageDigest.isEqual(digest(secret), secretDigest)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, Kind.WRONG_SECRET);
            return;
        }
        byte[] body = request.getContentLengthLong() > MAX_BODY ? null : readAtMost(request.getInputStream());
        if (body == null) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Kind.TOO_LARGE);
            return;
        }
        chain.doFilter(new ReadRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, Kind kind) {
        refused.refused(kind, request.getRemoteAddr());
        response.setStatus(status);
        response.setHeader("Connection", "close"); // what is left of the body is not worth reading
    }

    /** The body, or null once it grows beyond {@link #MAX_BODY}: reading stops there. */
    private static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (body.size() + n > MAX_BODY) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** In webhook mode only, and only on the webhook's path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${mentorbot.telegram.intake.webhook-url:}'.trim().isEmpty()")
    static class Registration {

        @Bean
        FilterRegistrationBean<WebhookGate> webhookGate(IntakeSettings settings, Clock clock) {
            FilterRegistrationBean<WebhookGate> registration = new FilterRegistrationBean<>(
                    new WebhookGate(settings.webhookSecret(), new RefusedCalls(clock)));
            registration.addUrlPatterns(WebhookEndpoint.PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
