package io.mentorbot.accounts;

/** Who is knocking: the identity a messenger tells us about a person, without any messenger types. */
public record Visitor(long externalId, long chatId, String firstName, String lastName, String username,
                      String languageTag) {
}
