package io.mentorbot.mentors;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.mentors.ProfileProblem.Kind;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How someone becomes a mentor: an application decided by an admin, or an admin's direct say. Every admin decision
 * re-checks in the database that the actor is an admin, is decided by one conditional statement (the first of two
 * identical decisions wins, the second is told), is audited in the same transaction and is published as an event.
 */
@Service
public class MentorOnboarding {

    /** What became of an admin's decision on an application. */
    public enum Decision { APPROVED, REJECTED, ALREADY_DECIDED, OWN_APPLICATION, NOT_ADMIN }

    /** A decision and, when it was made, the application as decided. */
    public record DecisionOutcome(Decision decision, Optional<Application> application) {
        static DecisionOutcome refused(Decision decision) {
            return new DecisionOutcome(decision, Optional.empty());
        }
    }

    /** What became of an admin's change of someone's mentor rights. */
    public enum RoleChange { CHANGED, ALREADY, SELF, NOT_LASTING, NOT_ADMIN }

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final EntityManager entities;
    private final AccountDesk accounts;
    private final MentorProfiles profiles;
    private final MentorSettings settings;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    MentorOnboarding(JdbcClient jdbc, ApplicationRepository applications, EntityManager entities,
                     AccountDesk accounts, MentorProfiles profiles, MentorSettings settings, AdminAudit audit,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.entities = entities;
        this.accounts = accounts;
        this.profiles = profiles;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Files an application and announces it ({@link MentorApplicationSubmitted}). Without required approval it is
     * approved at once and the applicant becomes a mentor ({@link MentorApplicationDecided} with no admin).
     *
     * @throws ProfileProblem for invalid values (naming the field: topics, headline or bio), an applicant who is a
     *                        mentor already or has an open application
     */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public Application apply(long userId, List<String> topics, String headline, String bio) {
        if (accounts.find(userId).orElseThrow().isMentor()) {
            throw new ProfileProblem(Kind.ALREADY_MENTOR);
        }
        List<String> checkedTopics = inField("topics", () -> profiles.checkTopics(topics));
        String checkedHeadline = inField("headline",
                () -> MentorProfiles.checkText(headline, settings.headlineMaxLength()));
        String checkedBio = inField("bio", () -> MentorProfiles.checkText(bio, settings.bioMaxLength()));
        long id = jdbc.sql("""
                INSERT INTO mentor_applications (user_id, topics, headline, bio) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) WHERE status = 'PENDING' DO NOTHING RETURNING id
                """).params(userId, checkedTopics.toArray(String[]::new), checkedHeadline, checkedBio)
                .query(Long.class).optional()
                .orElseThrow(() -> new ProfileProblem(Kind.ALREADY_APPLIED));
        if (!settings.approvalRequired()) {
            return decide(id, null, true, null).orElseThrow();
        }
        events.publishEvent(new MentorApplicationSubmitted(id, userId));
        return find(id).orElseThrow();
    }

    public boolean approvalRequired() {
        return settings.approvalRequired();
    }

    /** An admin approves a pending application: the applicant becomes a mentor with a listed profile. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public DecisionOutcome approve(long applicationId, long adminId) {
        return decideByAdmin(applicationId, adminId, true, null);
    }

    /** An admin rejects a pending application with a reason (up to 500 characters) the applicant will read. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public DecisionOutcome reject(long applicationId, long adminId, String reason) {
        return decideByAdmin(applicationId, adminId, false, MentorProfiles.checkText(reason, 500));
    }

    private DecisionOutcome decideByAdmin(long applicationId, long adminId, boolean approve, String reason) {
        if (!accounts.isAdminNow(adminId)) {
            return DecisionOutcome.refused(Decision.NOT_ADMIN);
        }
        Optional<Application> decided = decide(applicationId, adminId, approve, reason);
        if (decided.isEmpty()) {
            boolean own = find(applicationId).filter(a -> a.status() == Application.Status.PENDING)
                    .filter(a -> a.userId() == adminId).isPresent(); // the statement refuses one's own application
            return DecisionOutcome.refused(own ? Decision.OWN_APPLICATION : Decision.ALREADY_DECIDED);
        }
        Application application = decided.get();
        audit.record(adminId, approve ? "approve-application" : "reject-application",
                AdminAudit.user(application.userId()), "application=" + applicationId + ", status=PENDING",
                approve ? "status=APPROVED" : "status=REJECTED, reason=" + application.reason());
        return new DecisionOutcome(approve ? Decision.APPROVED : Decision.REJECTED, decided);
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(long applicationId) {
        return applications.findById(applicationId).map(this::unmanaged);
    }

    @Transactional(readOnly = true)
    public Optional<Application> pendingOf(long userId) {
        return applications.findByUserIdAndStatus(userId, Application.Status.PENDING).map(this::unmanaged);
    }

    /** The user's latest application, pending or decided; empty when they never applied. */
    @Transactional(readOnly = true)
    public Optional<Application> latestOf(long userId) {
        return applications.findFirstByUserIdOrderByIdDesc(userId).map(this::unmanaged);
    }

    private static <T> T inField(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (ProfileProblem problem) {
            throw new ProfileProblem(problem.kind(), problem.limit(), field);
        }
    }

    /**
     * An admin gives someone mentor rights ({@code mentor} true) or takes them away. Mentor rights have no end, so
     * only a configured admin (whose own rights have none either) grants them this way, and never to themselves.
     * Taking them away also takes the profile off the catalogue. Announced as {@link MentorRoleChanged}.
     */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public RoleChange changeRole(long adminId, long userId, boolean mentor) {
        if (!accounts.isAdminNow(adminId)) {
            return RoleChange.NOT_ADMIN;
        }
        if (accounts.find(userId).map(Account::isMentor).orElse(mentor) == mentor) {
            return RoleChange.ALREADY;
        }
        if (mentor && adminId == userId) {
            return RoleChange.SELF;
        }
        if (mentor && !accounts.isConfiguredAdmin(accounts.find(adminId).orElseThrow().telegramId())) {
            return RoleChange.NOT_LASTING;
        }
        if (!accounts.changeMentorRole(userId, mentor)) {
            return RoleChange.ALREADY; // someone else made the same change a moment earlier
        }
        if (mentor) {
            profiles.ensureExists(userId);
        } else {
            profiles.changeListed(userId, false);
        }
        audit.record(adminId, mentor ? "make-mentor" : "unmake-mentor", AdminAudit.user(userId),
                "mentor=" + !mentor, "mentor=" + mentor);
        events.publishEvent(new MentorRoleChanged(adminId, userId, mentor));
        return RoleChange.CHANGED;
    }

    /** Makes someone a mentor (the sandbox's demo mentors); their profile starts empty and unlisted. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void makeMentor(long userId) {
        accounts.makeMentor(userId, true);
        profiles.ensureExists(userId);
    }

    private Optional<Application> decide(long applicationId, Long adminId, boolean approve, String reason) {
        int changed = applications.decide(applicationId, adminId,
                approve ? Application.Status.APPROVED : Application.Status.REJECTED, reason);
        if (changed == 0) {
            return Optional.empty();
        }
        Application application = find(applicationId).orElseThrow();
        if (approve) {
            accounts.changeMentorRole(application.userId(), true);
            profiles.open(application.userId(), application.topics(), application.headline(), application.bio());
        }
        events.publishEvent(new MentorApplicationDecided(applicationId, application.userId(), adminId, approve,
                application.reason()));
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
