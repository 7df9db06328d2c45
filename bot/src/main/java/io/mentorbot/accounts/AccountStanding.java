package io.mentorbot.accounts;

import java.util.Optional;

/**
 * What an account's state allows, decided in this one place: whether its owner may use the platform, whether they
 * may be booked as a mentor, whether they may be told about anything and in which chat. Screens, notices and the
 * booking and catalogue statements all ask here (the statements through {@link #bookableMentor}), so a blocked,
 * paused or erased account is treated alike everywhere.
 *
 * @param mentor      the account has mentor rights
 * @param blocked     an admin blocked the account: its owner is only told so, and nobody can book or reach them
 * @param paused      its owner paused the account: no bookings of them, no notices to them
 * @param erased      its owner erased the account: only an anonymous row is left
 * @param unreachable Telegram refuses our messages to them (they blocked the bot) until they write again
 * @param privateChat the private chat with the bot, if they have one; never a group's chat
 */
public record AccountStanding(boolean mentor, boolean blocked, boolean paused, boolean erased, boolean unreachable,
                              Optional<Long> privateChat) {

    /** The standing of an account as it is now. */
    public static AccountStanding of(Account account) {
        Long chat = account.chatId();
        // A private chat's id is the user's own id; anything else (a group someone wrote from) is never used.
        boolean privateChat = chat != null && chat.equals(account.telegramId());
        return new AccountStanding(account.isMentor(), account.isBlocked(), account.isPaused(), account.isDeleted(),
                account.isUnreachable(), privateChat ? Optional.of(chat) : Optional.empty());
    }

    /** Whether the owner may use the bot beyond being told that they are blocked. */
    public boolean mayAct() {
        return !blocked && !erased;
    }

    /**
     * Whether students may book them, given whether their mentor profile is listed. The booking and catalogue
     * statements apply the same rule through {@link #bookableMentor}.
     */
    public boolean mayBeBooked(boolean listed) {
        return mentor && listed && !blocked && !paused && !erased;
    }

    /** Whether notices, reminders and other people's messages may go to them at all. */
    public boolean mayBeNotified() {
        return !blocked && !paused && !erased && !unreachable && privateChat.isPresent();
    }

    /** The chat to notify them in: their private chat with the bot, when they may be notified at all. */
    public Optional<Long> notifyChat() {
        return mayBeNotified() ? privateChat : Optional.empty();
    }

    /**
     * The SQL condition of {@link #mayBeBooked} for a mentor's {@code users} row (alias {@code user}) and
     * {@code mentor_profiles} row (alias {@code profile}): every statement that lists or books mentors uses it.
     */
    public static String bookableMentor(String user, String profile) {
        return profile + ".listed AND " + user + ".is_mentor AND NOT " + user + ".blocked AND NOT " + user
                + ".paused AND NOT " + user + ".deleted";
    }

    /**
     * {@link #bookableMentor} for a mentor known only by id ({@code mentorId}: a column or parameter), as one
     * {@code EXISTS} condition.
     */
    public static String bookableMentorWithId(String mentorId) {
        return "EXISTS (SELECT 1 FROM users bm JOIN mentor_profiles bp ON bp.user_id = bm.id WHERE bm.id = "
                + mentorId + " AND " + bookableMentor("bm", "bp") + ")";
    }
}
