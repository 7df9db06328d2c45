package io.mentorbot.telegram.view;

import java.util.concurrent.atomic.AtomicReference;

import io.mentorbot.telegram.outbox.BotGateway;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/** The bot's own Telegram username, asked once, for links people can share. */
@Component
public class BotIdentity {

    private final BotGateway gateway;
    private final AtomicReference<String> username = new AtomicReference<>();

    BotIdentity(BotGateway gateway) {
        this.gateway = gateway;
    }

    /** A link that opens the bot with a /start payload, e.g. a mentor's card; empty until the bot knows itself. */
    public String startLink(String payload) {
        String name = username.get();
        if (name == null) {
            name = gateway.call(new GetMe()).map(User::getUserName).orElse(null);
            username.compareAndSet(null, name);
        }
        return name == null ? "" : "https://t.me/" + name + "?start=" + payload;
    }
}
