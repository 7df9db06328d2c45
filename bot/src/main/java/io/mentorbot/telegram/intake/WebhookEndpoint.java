package io.mentorbot.telegram.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import io.mentorbot.telegram.IntakeSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode ({@value #PATH}). A call counts only with the configured secret in
 * {@value #SECRET_HEADER}, compared in constant time; without it the answer is 401, with a wrong one 403, and nothing
 * is stored. A genuine update is stored in the inbox and answered 200 at once; it is handled afterwards, on this
 * instance if it has room, else by the inbox sweep of whichever instance gets to it.
 */
@RestController
@ConditionalOnExpression("!'${mentorbot.telegram.intake.webhook-url:}'.trim().isEmpty()")
class WebhookEndpoint {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final UpdateIntake intake;
    private final byte[] secretDigest;

    WebhookEndpoint(UpdateIntake intake, IntakeSettings settings) {
        String secret = settings.webhookSecret();
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalStateException("Webhook mode (TELEGRAM_WEBHOOK_URL is set) needs TELEGRAM_WEBHOOK_SECRET: "
                    + "1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        this.intake = intake;
        this.secretDigest = digest(secret);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                 @RequestBody(required = false) String body, HttpServletRequest request) {
        if (secret == null) {
            log.warn("Telegram webhook: refused a call without the secret token from {}", request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        // Digests have one length whatever was sent, so the comparison time says nothing about the secret.
        if (!MessageDigest.isEqual(digest(secret), secretDigest)) {
            log.warn("Telegram webhook: refused a call with a wrong secret token from {}", request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Optional<ReceivedUpdate> update = ReceivedUpdate.parse(body == null ? "" : body);
        if (update.isEmpty()) {
            log.warn("Telegram webhook: not an update ({} bytes)", body == null ? 0 : body.length());
            return ResponseEntity.badRequest().build();
        }
        for (ReceivedUpdate admitted : intake.receive(List.of(update.get()))) {
            intake.offer(admitted.updateId(), admitted.chatKey(), admitted);
        }
        return ResponseEntity.ok().build();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
