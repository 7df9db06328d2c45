package io.mentorbot.telegram.admin;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminGrantLapsed;
import io.mentorbot.admin.AdminGranted;
import io.mentorbot.admin.AdminRevoked;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What follows for a user whose admin rights were given, withdrawn or ran out: their command menu gains or loses the
 * admin commands, and they are told, in their language and zone. Both go to the outbox in the change's own
 * transaction, just before it commits, so neither is lost nor sent for a change that did not hold.
 */
@Component
class AdminRightsNotices {

    private final AccountDesk accounts;
    private final CommandMenu commandMenu;
    private final Notifier notifier;

    AdminRightsNotices(AccountDesk accounts, CommandMenu commandMenu, Notifier notifier) {
        this.accounts = accounts;
        this.commandMenu = commandMenu;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AdminGranted event) {
        accounts.find(event.accountId()).ifPresent(account -> {
            commandMenu.queueFor(account);
            notifier.notify(account, notifier.text(account, "grantadmin.notice",
                    Times.dayTime(event.until(), account.zone(), account.language()), account.zone().getId()), null);
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AdminRevoked event) {
        accounts.find(event.accountId()).ifPresent(account -> tell(account, "revokeadmin.notice"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AdminGrantLapsed event) {
        accounts.find(event.accountId()).filter(account -> !account.isAdmin())
                .ifPresent(account -> tell(account, "admin.lapsed"));
    }

    private void tell(Account account, String key) {
        commandMenu.queueFor(account);
        notifier.notify(account, notifier.text(account, key), null);
    }
}
