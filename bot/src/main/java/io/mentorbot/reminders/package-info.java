/**
 * Quartz jobs around a confirmed session: reminders before it and the follow-up after it, planned in the booking's
 * own transaction and sent at most once each ({@code reminders_sent}); and the
 * recurring hold-expiry job. All in Quartz's clustered JDBC store: in a cluster, each firing runs on one instance.
 */
package io.mentorbot.reminders;
