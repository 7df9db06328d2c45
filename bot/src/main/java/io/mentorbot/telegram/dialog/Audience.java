package io.mentorbot.telegram.dialog;

import io.mentorbot.accounts.Account;

/** Who a command is for. */
public enum Audience {
    EVERYONE, MENTOR, ADMIN;

    public boolean includes(Account account) {
        return switch (this) {
            case EVERYONE -> true;
            case MENTOR -> account.isMentor();
            case ADMIN -> account.isAdmin();
        };
    }
}
