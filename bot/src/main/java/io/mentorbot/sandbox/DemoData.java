package io.mentorbot.sandbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo platform of sandbox mode: seeded on the first start (an empty database), through the same services the
 * bot uses, so counters, ratings and listings are all as real ones. Only past sessions (which no service creates,
 * since nobody books the past) are written directly, and reviewed through {@link ReviewDesk}.
 */
@Service
@OnSandbox
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /**
     * How long the demo admin's grant lasts: renewed at every start and reset, so Ada is an admin while the sandbox
     * runs, but only through a temporary grant that lapses by itself (never a lasting admin flag).
     */
    static final Duration ADMIN_FOR = Duration.ofDays(7);
    private static final int WEEKS = 2;

    private final JdbcClient jdbc;
    private final Personas personas;
    private final AccountDesk accounts;
    private final MentorOnboarding onboarding;
    private final MentorProfiles profiles;
    private final SlotPlanner planner;
    private final ReviewDesk reviews;
    private final BotApiEmulator emulator;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    DemoData(JdbcClient jdbc, Personas personas, AccountDesk accounts, MentorOnboarding onboarding,
             MentorProfiles profiles, SlotPlanner planner, ReviewDesk reviews, BotApiEmulator emulator, Clock clock,
             org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.personas = personas;
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.profiles = profiles;
        this.planner = planner;
        this.reviews = reviews;
        this.emulator = emulator;
        this.clock = clock;
    }

    /**
     * Seeds an empty platform and marks the database as the sandbox's own. On the sandbox's own database it only gives
     * mentor photos back to the emulator; a database with other people's data is left alone.
     */
    public boolean seedIfEmpty() {
        if (isDemoDatabase() && seededWithRealIds()) {
            log.info("Sandbox: the demo data was seeded with Telegram ids real users can have; seeding it again");
            reset(); // the wipe, tried again should it meet running work's locks
            return true;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> seedOrKeep()));
    }

    private boolean seedOrKeep() {
        if (isDemoDatabase()) {
            restorePhotos();
            renewAdminGrant();
            return false;
        }
        if (jdbc.sql("SELECT count(*) FROM users").query(Long.class).single() > 0) {
            log.warn("SANDBOX: this database holds data the sandbox did not create, so the web chat stays closed. "
                    + "Set TELEGRAM_BOT_TOKEN for a real bot, or use an empty database for the sandbox.");
            return false;
        }
        seed();
        jdbc.sql("INSERT INTO sandbox_demo DEFAULT VALUES ON CONFLICT DO NOTHING").update();
        return true;
    }

    /** Whether the sandbox created this database's data, so it may show and wipe it. */
    @Transactional(readOnly = true)
    public boolean isDemoDatabase() {
        return jdbc.sql("SELECT count(*) FROM sandbox_demo").query(Long.class).single() > 0;
    }

    /**
     * Wipes every domain table and the emulator (chats, files), then seeds again. The wipe takes every table's lock
     * while the platform runs (the outbox, reminders, the calendar worker); should PostgreSQL pick it as a deadlock's
     * victim, it is tried again, up to three times.
     */
    public void reset() {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> wipeAndSeed());
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("Sandbox: the demo data reset met a running transaction's locks; trying again");
            }
        }
    }

    private void wipeAndSeed() {
        if (!isDemoDatabase()) {
            throw new ForeignDatabase();
        }
        // Referencing tables first, the tables they reference after them: work still running (an outbox row, a
        // photo's copy) locks a row's table and then, checking its foreign key, the referenced one; taking the locks
        // in the same order, the wipe waits for it instead of deadlocking with it.
        List<String> tables = jdbc.sql("""
                WITH RECURSIVE refs AS (
                    SELECT child.relname AS child, parent.relname AS parent
                      FROM pg_constraint c
                      JOIN pg_class child ON child.oid = c.conrelid
                      JOIN pg_class parent ON parent.oid = c.confrelid
                     WHERE c.contype = 'f' AND c.conrelid <> c.confrelid),
                depth (tablename, level) AS (
                    SELECT tablename::text, 0 FROM pg_tables WHERE schemaname = current_schema()
                    UNION ALL
                    SELECT refs.parent::text, depth.level + 1 FROM depth JOIN refs ON refs.child = depth.tablename
                     WHERE depth.level < 32)
                SELECT quote_ident(tablename) FROM depth
                 WHERE tablename NOT LIKE 'flyway%' AND tablename NOT LIKE 'qrtz%'
                   AND tablename NOT LIKE 'event_publication%' AND tablename NOT LIKE 'stats%'
                   AND tablename NOT LIKE 'sandbox%' AND tablename <> 'telegram_updates'
                   AND tablename <> 'signing_keys'
                 GROUP BY tablename ORDER BY max(level), tablename
                """).query(String.class).list();
        // Ids go on (no RESTART IDENTITY): a reminder job still scheduled for a wiped booking then finds nothing,
        // rather than a new booking that happens to get the same id.
        jdbc.sql("TRUNCATE " + String.join(", ", tables) + " CASCADE").update();
        jdbc.sql("SELECT stats_recount()").query((rs, n) -> n).list();
        emulator.reset();
        seed();
        log.info("Sandbox: demo data reset");
    }

    /** Refusal to touch a database the sandbox did not create. */
    static final class ForeignDatabase extends RuntimeException {
        ForeignDatabase() {
            super("This database holds data the sandbox did not create, so the sandbox leaves it alone. "
                    + "Start the sandbox on an empty database.");
        }
    }

    private void seed() {
        DemoCast.STUDENTS.forEach(s -> personas.register(s.telegramId(), s.firstName(), s.language()));
        List<Long> students = DemoCast.STUDENTS.stream().map(s -> accountId(s.telegramId())).toList();
        personas.register(DemoCast.ADMIN.telegramId(), DemoCast.ADMIN.firstName(), DemoCast.ADMIN.language());
        renewAdminGrant();
        for (DemoCast.Mentor mentor : DemoCast.MENTORS) {
            long id = personas.register(mentor.telegramId(), mentor.firstName(), mentor.language());
            onboarding.makeMentor(id);
            profiles.open(id, topics(mentor.topics()), mentor.headline(), mentor.bio());
            profiles.changePrice(id, mentor.priceMinor(), DemoCast.CURRENCY);
            profiles.changeSessionMinutes(id, mentor.sessionMinutes());
            profiles.changePhoto(id, photo(mentor.firstName()));
            ZoneId zone = accounts.find(id).orElseThrow().zone();
            planner.plan(SlotRequest.weekly(id, zone, mentor.sessionMinutes(), mentor.days(), mentor.from(),
                    mentor.to(), LocalDate.now(clock.withZone(zone)), WEEKS));
            if (mentor.review() != null) {
                pastSessionReviewed(id, students.get(0), mentor);
            }
        }
        log.info("Sandbox: demo platform seeded with {} mentors, {} students and an admin",
                DemoCast.MENTORS.size(), DemoCast.STUDENTS.size());
    }

    /** Ada's admin rights, as a temporary grant from now (she may have erased her account meanwhile). */
    private void renewAdminGrant() {
        accounts.findByTelegramId(DemoCast.ADMIN.telegramId())
                .ifPresent(ada -> accounts.grantAdmin(ada.id(), clock.instant().plus(ADMIN_FOR)));
    }

    /** Whether an older version seeded this demo with small Telegram ids, which real accounts may have. */
    private boolean seededWithRealIds() {
        return jdbc.sql("SELECT count(*) FROM users WHERE telegram_id < ?").param(DemoCast.FIRST_ID)
                .query(Long.class).single() > 0;
    }

    /** A session a week ago that took place, and the student's review of it. */
    private void pastSessionReviewed(long mentorId, long studentId, DemoCast.Mentor mentor) {
        Instant start = clock.instant().minus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant end = start.plus(Duration.ofMinutes(mentor.sessionMinutes()));
        long slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, 'BOOKED') "
                        + "RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(end)).query(Long.class).single();
        long booking = jdbc.sql("""
                        INSERT INTO bookings (slot_id, student_id, status, price_minor, currency, created_at,
                                              confirmed_at, completed_at)
                        VALUES (?, ?, 'COMPLETED', ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(slot, studentId, mentor.priceMinor(), DemoCast.CURRENCY,
                        Timestamp.from(start.minus(Duration.ofDays(3))), Timestamp.from(start.minus(Duration.ofDays(3))),
                        Timestamp.from(end))
                .query(Long.class).single();
        reviews.rate(booking, studentId, mentor.review().stars());
        reviews.comment(booking, studentId, mentor.review().comment());
    }

    /** The emulator forgets files when the application stops: mentors' photos get fresh portraits with new ids. */
    private void restorePhotos() {
        for (var account : accounts.mentors()) {
            profiles.find(account.id()).map(MentorProfile::photoFileId)
                    .filter(fileId -> emulator.file(fileId).isEmpty())
                    .ifPresent(stale -> profiles.changePhoto(account.id(), photo(account.displayName())));
        }
    }

    /** A portrait's file_id, or {@code null} (no photo) where the JVM cannot draw: a minimal image without fonts. */
    private String photo(String name) {
        byte[] png;
        try {
            png = DemoAvatars.of(name);
        } catch (RuntimeException | LinkageError e) {
            log.warn("Sandbox: cannot draw demo portraits here ({}); mentors go without photos", e.toString());
            return null;
        }
        return emulator.storeFile(png, "avatar.png", "image/png").fileId();
    }

    private List<String> topics(List<String> wanted) {
        List<String> known = wanted.stream().filter(profiles.topics()::contains).toList();
        return known.isEmpty() ? List.of(profiles.topics().get(0)) : known;
    }

    private long accountId(long telegramId) {
        return accounts.findByTelegramId(telegramId).orElseThrow().id();
    }
}
