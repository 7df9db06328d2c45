package io.mentorbot.telegram.admin;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.MentorRoleChanged;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.dialog.Notifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person was made a mentor, or is one no more: their command menu follows, and they are told. Both go to the outbox
 * in the change's own transaction, just before it commits.
 */
@Component
class MentorRoleNotices {

    private final AccountDesk accounts;
    private final CommandMenu commandMenu;
    private final Notifier notifier;

    MentorRoleNotices(AccountDesk accounts, CommandMenu commandMenu, Notifier notifier) {
        this.accounts = accounts;
        this.commandMenu = commandMenu;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MentorRoleChanged event) {
        accounts.find(event.accountId()).ifPresent(account -> {
            commandMenu.queueFor(account);
            notifier.notify(account,
                    notifier.text(account, event.mentor() ? "makementor.welcome" : "unmentor.notice"), null);
        });
    }
}
