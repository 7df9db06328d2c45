package io.mentorbot.accounts;

/**
 * Who is knocking: the identity a messenger tells us about a person, without any messenger types. Only a person
 * writing in their private chat with the bot visits ({@code chatId}: that chat); a group's messages change no account.
 */
public record Visitor(long externalId, long chatId, String firstName, String lastName, String username,
                      String languageTag) {
}
