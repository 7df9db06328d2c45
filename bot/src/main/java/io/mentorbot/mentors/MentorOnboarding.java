package io.mentorbot.mentors;

import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.ProfileProblem.Kind;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How someone becomes a mentor: an application decided by an admin, or an admin's direct say. */
@Service
public class MentorOnboarding {

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final EntityManager entities;
    private final AccountDesk accounts;
    private final MentorProfiles profiles;
    private final MentorSettings settings;

    MentorOnboarding(JdbcClient jdbc, ApplicationRepository applications, EntityManager entities,
                     AccountDesk accounts, MentorProfiles profiles, MentorSettings settings) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.entities = entities;
        this.accounts = accounts;
        this.profiles = profiles;
        this.settings = settings;
    }

    /**
     * Files an application. Without required approval it is approved at once and the applicant becomes a mentor.
     *
     * @throws ProfileProblem for invalid values, an applicant who is a mentor already or has an open application
     */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public Application apply(long userId, List<String> topics, String headline, String bio) {
        if (accounts.find(userId).orElseThrow().isMentor()) {
            throw new ProfileProblem(Kind.ALREADY_MENTOR);
        }
        List<String> checkedTopics = profiles.checkTopics(topics);
        String checkedHeadline = MentorProfiles.checkText(headline, settings.headlineMaxLength());
        String checkedBio = MentorProfiles.checkText(bio, settings.bioMaxLength());
        long id = jdbc.sql("""
                INSERT INTO mentor_applications (user_id, topics, headline, bio) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) WHERE status = 'PENDING' DO NOTHING RETURNING id
                """).params(userId, checkedTopics.toArray(String[]::new), checkedHeadline, checkedBio)
                .query(Long.class).optional()
                .orElseThrow(() -> new ProfileProblem(Kind.ALREADY_APPLIED));
        if (!settings.approvalRequired()) {
            return decide(id, null, true, null).orElseThrow();
        }
        return find(id).orElseThrow();
    }

    public boolean approvalRequired() {
        return settings.approvalRequired();
    }

    /**
     * Approves a pending application; empty when it was decided already (by someone else, or twice) or it is the
     * admin's own.
     */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public Optional<Application> approve(long applicationId, long adminId) {
        return decide(applicationId, adminId, true, null);
    }

    /** Rejects a pending application with a reason; empty when it was decided already. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public Optional<Application> reject(long applicationId, long adminId, String reason) {
        return decide(applicationId, adminId, false, MentorProfiles.checkText(reason, 500));
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(long applicationId) {
        return applications.findById(applicationId).map(this::unmanaged);
    }

    @Transactional(readOnly = true)
    public Optional<Application> pendingOf(long userId) {
        return applications.findByUserIdAndStatus(userId, Application.Status.PENDING).map(this::unmanaged);
    }

    /** What became of an admin's direct grant of mentor rights. */
    public enum MentorGrant { GRANTED, SELF, NOT_LASTING }

    /**
     * An admin makes someone a mentor directly. Mentor rights have no end, so only a configured admin (whose own
     * rights have none either) grants them this way, and never to themselves.
     */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public MentorGrant makeMentor(long adminId, long userId) {
        if (adminId == userId) {
            return MentorGrant.SELF;
        }
        if (!accounts.isConfiguredAdmin(accounts.find(adminId).orElseThrow().telegramId())) {
            return MentorGrant.NOT_LASTING;
        }
        makeMentor(userId);
        return MentorGrant.GRANTED;
    }

    /** Makes someone a mentor (the sandbox's demo mentors); their profile starts empty and unlisted. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void makeMentor(long userId) {
        accounts.makeMentor(userId, true);
        profiles.ensureExists(userId);
    }

    /** An admin takes mentor rights away: the profile leaves the catalogue. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void unmakeMentor(long userId) {
        accounts.makeMentor(userId, false);
        profiles.changeListed(userId, false);
    }

    private Optional<Application> decide(long applicationId, Long adminId, boolean approve, String reason) {
        int changed = applications.decide(applicationId, adminId,
                approve ? Application.Status.APPROVED : Application.Status.REJECTED, reason);
        if (changed == 0) {
            return Optional.empty();
        }
        Application application = find(applicationId).orElseThrow();
        if (approve) {
            accounts.makeMentor(application.userId(), true);
            profiles.open(application.userId(), application.topics(), application.headline(), application.bio());
        }
        return Optional.of(application);
    }

    /**
     * The application as it was read, not kept in the persistence context: it is filed and decided by statements
     * ({@link #apply}, {@link ApplicationRepository#decide}), and a kept copy would hide their effect from a later read
     * in the same transaction (an admin's screen reads it, then decides it).
     */
    private Application unmanaged(Application application) {
        entities.detach(application);
        return application;
    }
}
