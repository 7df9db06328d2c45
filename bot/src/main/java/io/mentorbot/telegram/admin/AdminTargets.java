package io.mentorbot.telegram.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.telegram.admin.AdminAction.AdminUser;
import io.mentorbot.telegram.admin.AdminAction.AdminUserAct;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Finds the user an admin command names: a Telegram id, an @username, or a name (or part of one). One match is the
 * target; several are offered as buttons that do the command's act on the one picked.
 */
@Component
class AdminTargets {

    static final int MAX_PICKS = 8;

    private final AccountDesk accounts;
    private final AdminDirectory directory;

    AdminTargets(AccountDesk accounts, AdminDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /**
     * The user a one-argument admin command names; when the argument is missing the command's usage
     * ({@code <name>.usage}) is the reply, when nobody or several match the reply says so, and the result is empty.
     *
     * @param pick what a button of several matches does to the one picked
     */
    Optional<Account> named(Turn turn, String command, String args, AdminUserAct pick) {
        if (args.isBlank()) {
            turn.reply(turn.t(command + ".usage"));
            return Optional.empty();
        }
        String who = args.strip();
        Optional<Account> exact = exact(who);
        if (exact.isPresent()) {
            return exact;
        }
        AdminDirectory.Found found = who.length() > ConsoleSearch.MAX_QUERY ? new AdminDirectory.Found(List.of(), 0)
                : directory.search(who, false, MAX_PICKS);
        if (found.total() == 1) {
            return accounts.find(found.ids().get(0));
        }
        if (found.total() == 0) {
            turn.reply(turn.t("admin.user-not-found", who));
        } else {
            offer(turn, who, found, pick);
        }
        return Optional.empty();
    }

    /** The user with this Telegram id or username, if the text is one. */
    private Optional<Account> exact(String who) {
        if (who.matches("\\d{1,19}")) {
            return accounts.findByTelegramId(Long.parseLong(who));
        }
        return who.matches("@?[A-Za-z0-9_]{3,64}") ? accounts.findByUsername(who) : Optional.empty();
    }

    private void offer(Turn turn, String who, AdminDirectory.Found found, AdminUserAct pick) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            accounts.find(id).ifPresent(account -> buttons.add(Keyboards.button(account.displayName()
                    + (account.username() == null ? "" : " @" + account.username())
                    + (account.telegramId() == null ? "" : " · " + account.telegramId()), new AdminUser(id, pick))));
        }
        String text = found.total() > found.ids().size()
                ? turn.t("admin.pick.more", who, found.ids().size(), found.total())
                : turn.t("admin.pick", who, found.total());
        turn.reply(text, Keyboards.grid(buttons, 1));
    }
}
