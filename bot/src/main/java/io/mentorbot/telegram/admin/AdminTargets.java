package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.dialog.Turn;

/** Looks a user up by what an admin typed: a Telegram id or an @username. */
public final class AdminTargets {

    private AdminTargets() {
    }

    /**
     * The user a one-argument admin command names; when the argument is missing the command's usage
     * ({@code <name>.usage}) is the reply, when nobody matches the reply says so, and the result is empty.
     */
    public static Optional<Account> named(Turn turn, AccountDesk accounts, String command, String args) {
        if (args.isBlank()) {
            turn.reply(turn.t(command + ".usage"));
            return Optional.empty();
        }
        Optional<Account> target = resolve(accounts, args);
        if (target.isEmpty()) {
            turn.reply(turn.t("admin.user-not-found", args.strip()));
        }
        return target;
    }

    public static Optional<Account> resolve(AccountDesk accounts, String who) {
        String target = who.strip();
        if (target.matches("\\d{1,19}")) {
            return accounts.findByTelegramId(Long.parseLong(target));
        }
        return target.matches("@?[A-Za-z0-9_]{3,64}") ? accounts.findByUsername(target) : Optional.empty();
    }
}
