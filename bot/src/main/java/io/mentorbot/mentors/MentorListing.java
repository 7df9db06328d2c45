package io.mentorbot.mentors;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins put a mentor's card in the catalogue or take it off. The actor is checked in the database, the change is one
 * conditional statement, audited with it and announced as {@link MentorListingChanged}; only an active mentor is
 * listed.
 */
@Service
public class MentorListing {

    /** What became of a listing change. */
    public enum Result { CHANGED, ALREADY, NOT_A_MENTOR, NO_PROFILE, NOT_ADMIN }

    private final JdbcClient jdbc;
    private final AccountDesk accounts;
    private final MentorProfiles profiles;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    MentorListing(JdbcClient jdbc, AccountDesk accounts, MentorProfiles profiles, AdminAudit audit,
                  ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.profiles = profiles;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Result change(long adminId, long mentorId, boolean listed) {
        if (!accounts.isAdminNow(adminId)) {
            return Result.NOT_ADMIN;
        }
        if (profiles.find(mentorId).isEmpty()) {
            return Result.NO_PROFILE;
        }
        if (listed && !profiles.isActiveMentor(mentorId)) {
            return Result.NOT_A_MENTOR;
        }
        int changed = jdbc.sql("""
                UPDATE mentor_profiles p SET listed = :listed, updated_at = now()
                 WHERE p.user_id = :mentor AND p.listed <> :listed
                   AND (NOT :listed OR EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id
                                                  AND u.is_mentor AND NOT u.deleted AND NOT u.paused))
                """).param("listed", listed).param("mentor", mentorId).update();
        if (changed == 0) {
            return Result.ALREADY;
        }
        profiles.catalogueChanged();
        audit.record(adminId, listed ? "list-mentor" : "unlist-mentor", AdminAudit.user(mentorId),
                "listed=" + !listed, "listed=" + listed);
        events.publishEvent(new MentorListingChanged(adminId, mentorId, listed));
        return Result.CHANGED;
    }
}
