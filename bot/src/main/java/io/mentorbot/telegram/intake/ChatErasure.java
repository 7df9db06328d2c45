package io.mentorbot.telegram.intake;

import java.util.List;
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
        String[] mentions = mentionPatterns(event.names());
        if (mentions.length > 0) {
            inbox.forgetMentions(mentions);
            outbox.forgetDeliveredMentioning(mentions);
        }
    }

    /**
     * {@code ILIKE} patterns for JSON texts that contain one of the names: each as written, and, when it has letters
     * beyond ASCII, with those written as JSON's Unicode escapes (as Telegram's own JSON writes them). Names shorter
     * than {@link #SHORTEST_NAME} are left out.
     */
    static String[] mentionPatterns(List<String> names) {
        return names.stream().filter(name -> name.length() >= SHORTEST_NAME)
                .flatMap(name -> Stream.of(json(name, false), json(name, true))).distinct()
                .map(ChatErasure::containing).toArray(String[]::new);
    }

    /** The name as it appears inside a JSON string: quotes and backslashes escaped, and all but ASCII if asked. */
    private static String json(String name, boolean escapeNonAscii) {
        StringBuilder text = new StringBuilder();
        name.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                text.append('\\').append((char) c);
            } else if (escapeNonAscii && c > 0x7e) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.append((char) c);
            }
        });
        return text.toString();
    }

    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
