package io.mentorbot.telegram.dialog;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.telegram.outbox.Outbox;
import io.mentorbot.telegram.view.Texts;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Tells someone other than the acting user about something, in the recipient's own language. Notices go through the
 * {@link Outbox}: written with the change that causes them, sent after it commits, paced behind users' replies.
 */
@Component
public class Notifier {

    private final Outbox outbox;
    private final Texts texts;

    Notifier(Outbox outbox, Texts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    /** A text in the recipient's language. */
    public String text(Account recipient, String key, Object... args) {
        return texts.get(recipient.language(), key, args);
    }

    /**
     * Queues a notice to the recipient's private chat unless their standing forbids notices (blocked, paused, erased,
     * or they blocked the bot); true when queued. It goes out once the caller's transaction commits.
     */
    public boolean notify(Account recipient, String text, InlineKeyboardMarkup keyboard) {
        Optional<Long> chat = recipient.standing().notifyChat();
        if (chat.isEmpty()) {
            return false;
        }
        outbox.post(SendMessage.builder().chatId(chat.get()).text(Turn.fit(text)).replyMarkup(keyboard).build());
        return true;
    }

    /** Queues a file with a caption on the same terms as {@link #notify}; true when queued. */
    public boolean notifyDocument(Account recipient, byte[] content, String fileName, String caption) {
        if (!reachable(recipient)) {
            return false;
        }
        outbox.postDocument(recipient.standing().privateChat().orElseThrow(), content, fileName, caption);
        return true;
    }

    /** Whether notices may go to this person at all ({@link io.mentorbot.accounts.AccountStanding#mayBeNotified}). */
    public static boolean reachable(Account recipient) {
        return recipient.standing().mayBeNotified();
    }
}
