package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;

/** Looks a user up by what an admin typed: a Telegram id or an @username. */
public final class AdminTargets {

    private AdminTargets() {
    }

    public static Optional<Account> resolve(AccountDesk accounts, String who) {
        String target = who.strip();
        if (target.matches("\\d{1,19}")) {
            return accounts.findByTelegramId(Long.parseLong(target));
        }
        return target.matches("@?[A-Za-z0-9_]{3,64}") ? accounts.findByUsername(target) : Optional.empty();
    }
}
