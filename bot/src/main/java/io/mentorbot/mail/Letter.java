package io.mentorbot.mail;

/**
 * One e-mail to send: plain text, optionally with a calendar file.
 *
 * @param calendar       an iCalendar file to attach, or {@code null}
 * @param calendarMethod the file's METHOD (PUBLISH, CANCEL), named in the attachment's content type as well
 */
record Letter(String to, String subject, String text, byte[] calendar, String calendarMethod) {

    Letter(String to, String subject, String text, byte[] calendar) {
        this(to, subject, text, calendar, "PUBLISH");
    }
}
