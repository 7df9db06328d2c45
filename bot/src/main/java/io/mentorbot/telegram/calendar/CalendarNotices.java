package io.mentorbot.telegram.calendar;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.calendar.CalendarConnectionBroken;
import io.mentorbot.calendar.Connected;
import io.mentorbot.calendarlink.BotLink;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.BotIdentity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells mentors in Telegram that their calendar got connected, or that Google stopped accepting the grant. */
@Component
class CalendarNotices implements BotLink {

    private final AccountDesk accounts;
    private final Notifier notifier;
    private final BotIdentity identity;

    CalendarNotices(AccountDesk accounts, Notifier notifier, BotIdentity identity) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.identity = identity;
    }

    void connected(Connected connected) {
        accounts.find(connected.ownerId()).ifPresent(mentor -> notifier.notify(mentor, notifier.text(mentor,
                "calendar.connected", connected.accountEmail() == null ? "—" : connected.accountEmail()), null));
    }

    /** After the worker's transaction that marked the connection broken has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CalendarConnectionBroken event) {
        accounts.find(event.ownerId()).filter(Account::isMentor)
                .ifPresent(mentor -> notifier.notify(mentor, notifier.text(mentor, "calendar.broken"), null));
    }

    /** The bot's own link, for event descriptions. */
    @Override
    public String url() {
        String link = identity.startLink("");
        int query = link.indexOf('?');
        return query < 0 ? link : link.substring(0, query);
    }
}
