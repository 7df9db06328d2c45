package io.mentorbot.identity;

/** Who Telegram vouched for: their Telegram id and the names and language it sent along. */
public record TelegramPerson(long id, String firstName, String lastName, String username, String languageCode) {
}
