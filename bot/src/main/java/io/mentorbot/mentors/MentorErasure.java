package io.mentorbot.mentors;

import io.mentorbot.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the mentors module keeps about a person who erases their account: their profile loses its headline, bio and
 * photo and leaves the catalogue (the row stays for the ratings of past sessions); their applications lose their
 * texts, a pending one is closed; and the reasons they gave, as an admin, for rejecting applications are forgotten.
 * In the erasing transaction.
 */
@Component
class MentorErasure {

    private final JdbcClient jdbc;
    private final MentorProfiles profiles;

    MentorErasure(JdbcClient jdbc, MentorProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @EventListener
    void on(AccountErased event) {
        long account = event.accountId();
        jdbc.sql("""
                UPDATE mentor_profiles SET headline = NULL, bio = NULL, photo_file_id = NULL, listed = false,
                       updated_at = now()
                 WHERE user_id = ?
                """).param(account).update();
        jdbc.sql("DELETE FROM mentor_photos WHERE mentor_id = ?").param(account).update();
        jdbc.sql("""
                UPDATE mentor_applications
                   SET headline = '', bio = '', reason = NULL,
                       status = CASE status WHEN 'PENDING' THEN 'REJECTED' ELSE status END,
                       decided_at = coalesce(decided_at, now())
                 WHERE user_id = ?
                """).param(account).update();
        jdbc.sql("UPDATE mentor_applications SET reason = NULL WHERE decided_by = ? AND reason IS NOT NULL")
                .param(account).update();
        profiles.catalogueChanged();
    }
}
