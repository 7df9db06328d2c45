package io.mentorbot.accounts;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A person's account was erased: published inside the erasing transaction, after the account row was made
 * anonymous, so that every module forgets what it keeps about them in the same transaction (all or nothing).
 * Carries what the row no longer holds.
 *
 * @param accountId  the account, which stays as an anonymous row
 * @param externalId the messenger's id of the person (Telegram user id), null if the account had none
 * @param chatId     the private chat with the person, null if there was none
 * @param names      how the person was known (first and last name, username, e-mail address), to find copies of
 *                   them in what other people were sent or wrote
 */
public record AccountErased(long accountId, Long externalId, Long chatId, List<String> names) {

    public AccountErased {
        names = List.copyOf(names);
    }

    /** The event for an account as it was just before it was erased. */
    static AccountErased of(Account account) {
        List<String> names = Stream.of(account.firstName(), account.lastName(), account.username(), account.email())
                .filter(Objects::nonNull).map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        return new AccountErased(account.id(), account.telegramId(), account.chatId(), names);
    }
}
