package io.mentorbot.admin;

import java.time.Instant;

/**
 * One recorded admin action.
 *
 * @param adminId who acted (users.id)
 * @param action  what was done, e.g. {@code grant-admin}
 * @param target  on whom or what, e.g. {@code user:42}
 * @param before  the state before, {@code null} when not meaningful
 * @param after   the state after, {@code null} when not meaningful
 * @param at      when
 */
public record AuditEntry(long id, Long adminId, String action, String target, String before, String after,
                         Instant at) {
}
