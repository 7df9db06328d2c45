package io.mentorbot.mail;

/**
 * One e-mail to send: plain text, optionally with a calendar file.
 *
 * @param calendar an iCalendar file to attach, or {@code null}
 */
record Letter(String to, String subject, String text, byte[] calendar) {
}
