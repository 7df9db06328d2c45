package io.mentorbot.telegram.intake;

import java.util.Objects;
import java.util.stream.Stream;

import io.mentorbot.accounts.AccountErased;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the Telegram adapter keeps of a person who erases their account: what they sent (the inbox), what was sent
 * to them (the outbox), the dialog their chat was in; and, in other people's chats, the handled updates and
 * delivered messages that name them (a notice "Ostap booked your slot", an admin typing their username). In the
 * erasing transaction.
 */
@Component
class ChatErasure {

    /** Shorter names are not looked for in other chats: they would match nearly every text. */
    static final int SHORTEST_NAME = 3;

    private final UpdateInbox inbox;
    private final Outbox outbox;
    private final ConversationStore conversations;

    ChatErasure(UpdateInbox inbox, Outbox outbox, ConversationStore conversations) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.conversations = conversations;
    }

    @EventListener
    void on(AccountErased event) {
        // A private chat's id is its user's id; both are asked, in case they ever differ.
        Long[] chats = Stream.of(event.chatId(), event.externalId()).filter(Objects::nonNull).distinct()
                .toArray(Long[]::new);
        if (chats.length > 0) {
            inbox.forgetChats(chats);
        }
        for (Long chat : chats) {
            outbox.forgetChat(chat);
            conversations.clear(chat);
        }
        String[] mentions = event.names().stream().filter(name -> name.length() >= SHORTEST_NAME)
                .map(ChatErasure::containing).toArray(String[]::new);
        if (mentions.length > 0) {
            inbox.forgetMentions(mentions);
            outbox.forgetDeliveredMentioning(mentions);
        }
    }

    /** A {@code LIKE} pattern for texts that contain {@code name} (JSON writes a quote or a backslash escaped). */
    private static String containing(String name) {
        String json = name.replace("\\", "\\\\").replace("\"", "\\\"");
        return "%" + json.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
