package io.mentorbot.telegram.command;

import io.mentorbot.telegram.callback.CallbackAction.KeepAccount;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** "No, keep my account" under the erase confirmation. */
@Component
class KeepAccountButton implements ButtonHandler<KeepAccount> {

    @Override
    public Class<KeepAccount> action() {
        return KeepAccount.class;
    }

    @Override
    public void handle(Turn turn, KeepAccount action) {
        String kept = turn.t("deleteme.kept");
        turn.notice(kept);
        turn.show(kept, null);
    }
}
