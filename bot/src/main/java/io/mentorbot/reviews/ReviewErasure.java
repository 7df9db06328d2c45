package io.mentorbot.reviews;

import io.mentorbot.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What reviews keep of a person who erases their account: the comments they wrote as a student and the replies they
 * wrote as a mentor are forgotten. The stars stay, as numbers, so mentors' ratings do not change. In the erasing
 * transaction.
 */
@Component
class ReviewErasure {

    private final JdbcClient jdbc;

    ReviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountErased event) {
        jdbc.sql("UPDATE reviews SET comment = NULL WHERE student_id = ? AND comment IS NOT NULL")
                .param(event.accountId()).update();
        jdbc.sql("UPDATE reviews SET reply = NULL WHERE mentor_id = ? AND reply IS NOT NULL")
                .param(event.accountId()).update();
    }
}
