package io.mentorbot.mentors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import io.mentorbot.mentors.ProfileProblem.Kind;
import io.mentorbot.payments.Checkout;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and edits mentor profiles; every value is checked against the limits before it is stored. An edit loads the
 * {@link Profile} and changes it as an object; creating one is a single statement, so two requests at once create it
 * once. What screens show is the card ({@link MentorProfile}): a query projection joined with the mentor's name and
 * the ratings that reviews keep, read with one statement (the booking path asks for it on every step).
 */
@Service
public class MentorProfiles {

    static final long MAX_PRICE_MINOR = 100_000_00L;
    static final int MIN_SESSION = 15;
    static final int MAX_SESSION = 240;

    private final JdbcClient jdbc;
    private final ProfileRepository stored;
    private final EntityManager entities;
    private final MentorSettings settings;
    private final CatalogueCache catalogue;
    private final Checkout checkout;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MentorProfiles(JdbcClient jdbc, ProfileRepository stored, EntityManager entities, MentorSettings settings,
                   CatalogueCache catalogue, Checkout checkout, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.entities = entities;
        this.settings = settings;
        this.catalogue = catalogue;
        this.checkout = checkout;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<MentorProfile> find(long mentorId) {
        return jdbc.sql("""
                SELECT u.id, u.first_name, u.last_name, u.username, u.is_mentor, p.* FROM mentor_profiles p
                  JOIN users u ON u.id = p.user_id WHERE p.user_id = ?
                """).param(mentorId).query((rs, n) -> inEffect(profile(rs))).optional();
    }

    /**
     * The profile students may see and book: listed, of a user who is a mentor now with an account that is not
     * blocked, paused or erased ({@link io.mentorbot.accounts.AccountStanding#mayBeBooked}). The
     * catalogue asks on every step of a booking, so the answer is reused for a few seconds ({@link CatalogueCache});
     * booking itself checks the mentor again.
     */
    @Transactional(readOnly = true)
    public Optional<MentorProfile> findBookable(long mentorId) {
        return catalogue.get(new Bookable(mentorId), () -> readBookable(mentorId));
    }

    private record Bookable(long mentorId) {
    }

    private Optional<MentorProfile> readBookable(long mentorId) {
        return jdbc.sql("""
                SELECT u.id, u.first_name, u.last_name, u.username, u.is_mentor, p.* FROM mentor_profiles p
                  JOIN users u ON u.id = p.user_id
                 WHERE p.user_id = ? AND\s""" + MentorDirectory.BOOKABLE)
                .param(mentorId).query((rs, n) -> inEffect(profile(rs))).optional();
    }

    /** Whether the user is a mentor now, with an active account. */
    @Transactional(readOnly = true)
    public boolean isActiveMentor(long userId) {
        return jdbc.sql("SELECT count(*) FROM users WHERE id = ? AND is_mentor AND NOT deleted AND NOT paused")
                .param(userId).query(Integer.class).single() == 1;
    }

    /** Creates the profile of a new mentor, or refreshes the given fields of an existing one. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void open(long mentorId, List<String> topics, String headline, String bio) {
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, topics, headline, bio, session_minutes, listed)
                VALUES (?, ?, ?, ?, ?, true)
                ON CONFLICT (user_id) DO UPDATE SET topics = excluded.topics, headline = excluded.headline,
                       bio = excluded.bio, listed = true, updated_at = now()
                """).params(mentorId, topics.toArray(String[]::new), headline, bio, settings.defaultSessionMinutes())
                .update();
        catalogue.forgetAll();
    }

    /** Gives a mentor made by an admin an empty profile, kept off the catalogue until they fill it in. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void ensureExists(long mentorId) {
        jdbc.sql("INSERT INTO mentor_profiles (user_id, session_minutes) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(mentorId, settings.defaultSessionMinutes()).update();
        catalogue.forgetAll();
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changeHeadline(long mentorId, String headline) {
        String checked = checkText(headline, settings.headlineMaxLength());
        edit(mentorId, (profile, now) -> profile.headline(checked, now));
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changeBio(long mentorId, String bio) {
        String checked = checkText(bio, settings.bioMaxLength());
        edit(mentorId, (profile, now) -> profile.bio(checked, now));
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changePhoto(long mentorId, String fileId) {
        edit(mentorId, (profile, now) -> profile.photo(fileId, now));
        // The newest photo wins: one set in Telegram replaces an uploaded one (its copy follows, MentorPhotoSet).
        jdbc.sql("DELETE FROM mentor_photos WHERE mentor_id = ?").param(mentorId).update();
        if (fileId != null) {
            events.publishEvent(new MentorPhotoSet(mentorId, fileId));
        }
    }

    /** The bot shows an uploaded photo by the file id its copy got in Telegram ({@link MentorPhotos}). */
    void showTelegramCopy(long mentorId, String fileId) {
        edit(mentorId, (profile, now) -> profile.photo(fileId, now));
    }

    /** An uploaded photo replaces the one set in Telegram ({@link MentorPhotos}). */
    void forgetTelegramPhoto(long mentorId) {
        edit(mentorId, (profile, now) -> profile.photo(null, now));
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changeTopics(long mentorId, List<String> topics) {
        List<String> checked = checkTopics(topics);
        edit(mentorId, (profile, now) -> profile.topics(checked, now));
    }

    /** A price above 0 only with a payment provider ({@link Checkout}): nobody could pay it otherwise. */
    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changePrice(long mentorId, long priceMinor, String currency) {
        if (priceMinor < 0 || priceMinor > MAX_PRICE_MINOR) {
            throw new ProfileProblem(Kind.BAD_PRICE, (int) (MAX_PRICE_MINOR / 100));
        }
        if (priceMinor > 0 && !checkout.takesPayments()) {
            throw new ProfileProblem(Kind.NO_PAYMENTS);
        }
        String code = checkCurrency(currency);
        edit(mentorId, (profile, now) -> profile.price(priceMinor, code, now));
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changeSessionMinutes(long mentorId, int minutes) {
        if (minutes < MIN_SESSION || minutes > MAX_SESSION) {
            throw new ProfileProblem(Kind.BAD_LENGTH, MAX_SESSION);
        }
        edit(mentorId, (profile, now) -> profile.sessionMinutes(minutes, now));
    }

    @Transactional(noRollbackFor = ProfileProblem.class) // a refused value leaves the caller's work intact
    public void changeListed(long mentorId, boolean listed) {
        edit(mentorId, (profile, now) -> profile.listed(listed, now));
    }

    /**
     * Applies several edits at once, with the same checks as the single edits: either all are stored or, when one
     * value is refused, none (the {@link ProfileProblem} names the field). A mentor without a profile gets one first.
     */
    @Transactional
    public void change(long mentorId, ProfileChanges changes) {
        ensureExists(mentorId);
        if (changes.headline() != null) {
            inField("headline", () -> changeHeadline(mentorId, changes.headline()));
        }
        if (changes.bio() != null) {
            inField("bio", () -> changeBio(mentorId, changes.bio()));
        }
        if (changes.topics() != null) {
            inField("topics", () -> changeTopics(mentorId, changes.topics()));
        }
        if (changes.priceMinor() != null || changes.currency() != null) {
            Profile current = stored.findById(mentorId).orElseThrow();
            long price = changes.priceMinor() != null ? changes.priceMinor() : current.priceMinor();
            String currency = changes.currency() != null ? changes.currency() : current.currency();
            inField(changes.priceMinor() != null ? "price" : "currency", () -> changePrice(mentorId, price, currency));
        }
        if (changes.sessionMinutes() != null) {
            inField("sessionMinutes", () -> changeSessionMinutes(mentorId, changes.sessionMinutes()));
        }
        if (changes.listed() != null) {
            changeListed(mentorId, changes.listed());
        }
    }

    private static void inField(String field, Runnable edit) {
        try {
            edit.run();
        } catch (ProfileProblem problem) {
            if (problem.kind() == Kind.BAD_CURRENCY) {
                field = "currency";
            }
            throw new ProfileProblem(problem.kind(), problem.limit(), field);
        }
    }

    /** Forgets the catalogue's kept answers: the caller changed a mentor's listing by other means. */
    void catalogueChanged() {
        catalogue.forgetAll();
    }

    /** The topics a mentor may choose from, in the configured order. */
    public List<String> topics() {
        return settings.topics();
    }

    List<String> checkTopics(List<String> topics) {
        if (topics == null || topics.isEmpty()) {
            throw new ProfileProblem(Kind.NO_TOPIC);
        }
        if (!settings.topics().containsAll(topics)) {
            throw new ProfileProblem(Kind.UNKNOWN_TOPIC);
        }
        return List.copyOf(new LinkedHashSet<>(topics));
    }

    static String checkText(String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ProfileProblem(Kind.EMPTY, max);
        }
        if (trimmed.length() > max) {
            throw new ProfileProblem(Kind.TOO_LONG, max);
        }
        return trimmed;
    }

    private static String checkCurrency(String currency) {
        try {
            return Currency.getInstance(currency.trim().toUpperCase()).getCurrencyCode();
        } catch (RuntimeException e) {
            throw new ProfileProblem(Kind.BAD_CURRENCY);
        }
    }

    /**
     * Changes the stored profile, if there is one, and writes the change at once. The profile is not kept in the
     * persistence context afterwards: a turn's statements share its transaction, and a statement on the row later in
     * the turn (an approval's upsert, an erasure) must never be hidden behind a stale copy.
     */
    private void edit(long mentorId, BiConsumer<Profile, Instant> change) {
        stored.findById(mentorId).ifPresent(profile -> {
            change.accept(profile, clock.instant());
            entities.detach(stored.saveAndFlush(profile));
        });
        catalogue.forgetAll();
    }

    /**
     * The profile with the price that applies: without a payment provider every session is free (a paid price stored
     * before would be shown but not charged), so it reads as free everywhere it is shown.
     */
    private MentorProfile inEffect(MentorProfile profile) {
        return checkout.takesPayments() || profile.priceMinor() == 0 ? profile : profile.asFree();
    }

    static MentorProfile profile(ResultSet rs) throws SQLException {
        String name = (nz(rs.getString("first_name")) + " " + nz(rs.getString("last_name"))).trim();
        String username = rs.getString("username");
        if (name.isEmpty()) {
            name = username != null ? "@" + username : "#" + rs.getLong("user_id");
        }
        java.sql.Array topics = rs.getArray("topics");
        return new MentorProfile(rs.getLong("user_id"), name, username, rs.getString("headline"), rs.getString("bio"),
                rs.getString("photo_file_id"),
                topics == null ? List.of() : Arrays.asList((String[]) topics.getArray()),
                rs.getLong("price_minor"), rs.getString("currency").trim(), rs.getInt("session_minutes"),
                rs.getBoolean("listed"), rs.getBigDecimal("rating_avg"), rs.getInt("rating_count"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
