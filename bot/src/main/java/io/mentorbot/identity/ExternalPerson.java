package io.mentorbot.identity;

/**
 * Who a provider says signed in: its stable id for them, the address it verified (or {@code null}) and their names.
 */
record ExternalPerson(String subject, String verifiedEmail, String firstName, String lastName, String languageTag) {
}
