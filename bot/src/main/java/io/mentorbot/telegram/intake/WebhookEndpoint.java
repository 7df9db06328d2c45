package io.mentorbot.telegram.intake;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode ({@value #PATH}). Only calls {@link WebhookGate} let through get here:
 * with the configured secret and a body of at most 1 MiB. A genuine update is stored in the inbox and answered 200 at
 * once; it is handled afterwards, on this instance if it has room, else by the inbox sweep of whichever instance gets
 * to it.
 */
@RestController
@ConditionalOnExpression("!'${mentorbot.telegram.intake.webhook-url:}'.trim().isEmpty()")
class WebhookEndpoint {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = WebhookGate.SECRET_HEADER;

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final UpdateIntake intake;

    WebhookEndpoint(UpdateIntake intake) {
        this.intake = intake;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody(required = false) String body) {
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
}
