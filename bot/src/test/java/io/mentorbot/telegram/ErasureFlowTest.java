package io.mentorbot.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.admin.AdminAudit;
import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /deleteme} erases a person completely: a mentor (profile with photo, Google Calendar, slots, reviews
 * answered) and a student (verified e-mail, notes, a review, a cancellation) who booked each other and talked to
 * the bot, with admin audit entries about them. Afterwards no text column of any table holds their names, usernames,
 * addresses or anything they wrote; the other sides of their upcoming sessions were told, and Google saw the
 * calendar grant revoked. The platform's clock stands at Monday 15 March 2027, 12:00 in Kyiv.
 */
class ErasureFlowTest extends BotFlowTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final FakeGoogle google = FakeGoogle.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private AdminAudit audit;
    @Autowired
    private Environment environment;
    @Autowired
    private CalendarConnections connections;

    private SimulatedUser admin;
    private SimulatedUser zoryana;
    private SimulatedUser ostap;
    private SimulatedUser otherMentor;
    private SimulatedUser otherStudent;
    private long zoryanaId;
    private long ostapId;
    private long otherMentorId;
    /** Everything that identifies the two people or that they wrote. */
    private final List<String> traces = new ArrayList<>();

    @BeforeEach
    void aMentorAndAStudentWhoKnowEachOtherWell() throws Exception {
        google.reset();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states").update();
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        zoryana = telegram.user(7101, "Zoryana", "Kvitkova", "zoryana_kv", "en");
        ostap = telegram.user(7102, "Ostap", "Berezenko", "ostap_brz", "en");
        otherMentor = telegram.user(7103, "Iryna", "Koval", "iryna", "en");
        otherStudent = telegram.user(7104, "John", "Smith", "johnny", "en");
        traces.addAll(List.of("Zoryana", "Kvitkova", "zoryana_kv", "Ostap", "Berezenko", "ostap_brz"));

        zoryanaBecomesAMentorWithAProfileAndACalendar();
        otherMentorId = mentorWithoutFuss(otherMentor);
        send(ostap, "/start");
        ostapId = count("SELECT id FROM users WHERE telegram_id = 7102");
        verifiedEmail(ostap, "ostap.berezenko@example.org");
        send(ostap, "/email ostap.second@example.org"); // a code on its way, never typed back
        traces.add("ostap.second@example.org");
        send(otherStudent, "/start");

        book(ostap, slotOf(zoryanaId, "2027-03-20T16:00:00Z"), "Need help with lifetimes");
        book(ostap, slotOf(otherMentorId, "2027-03-22T10:00:00Z"), "Question about borrowck");
        book(otherStudent, slotOf(zoryanaId, "2027-03-21T10:00:00Z"), null);
        long cancelled = book(ostap, slotOf(zoryanaId, "2027-03-20T17:00:00Z"), null);
        pressData(ostap, ostap.chat().last().messageId(), "v1:xb:" + cancelled);
        send(ostap, "Exam moved to Friday");
        traces.addAll(List.of("Need help with lifetimes", "Question about borrowck", "Exam moved to Friday"));
        aPastSessionReviewedAndAnswered();

        audit.record(count("SELECT id FROM users WHERE telegram_id = ?", ADMIN_ID), "cancel-booking",
                "booking:" + cancelled, "status=CONFIRMED", "status=CANCELLED, reason=Ostap Berezenko asked by phone");
        audit.record(count("SELECT id FROM users WHERE telegram_id = ?", ADMIN_ID), "reject-application",
                AdminAudit.user(zoryanaId), "status=PENDING", "status=REJECTED, reason=Zoryana should add links");
        audit.record(zoryanaId, "cancel-booking", "booking:0", "status=CONFIRMED",
                "status=CANCELLED, reason=Called off at a conference in Lviv");
        traces.addAll(List.of("Ostap Berezenko asked by phone", "Zoryana should add links",
                "Called off at a conference in Lviv"));
        send(zoryana, "/help");
        send(ostap, "/help");
    }

    @AfterEach
    void noConnectionLeftBehind() {
        connections.disconnect(zoryanaId); // also clears the library's in-memory token and busy caches
    }

    @Test
    void afterBothEraseThemselvesNoTableHoldsAnythingOfThemAndTheOtherSidesWereTold() {
        assertThat(columnsHolding(traces)).as("the search finds them before")
                .contains("users.first_name", "users.email", "email_verifications.email", "bookings.note", "bookings.cancel_reason",
                        "reviews.comment", "reviews.reply", "mentor_profiles.bio", "mentor_profiles.photo_file_id",
                        "mentor_applications.bio", "admin_audit.after", "telegram_updates.payload",
                        "telegram_outbox.payload", "calendar_connections.account_email");

        erase(zoryana);

        // a student's notice comes with the calendar file that removes the session
        assertThat(ostap.chat().last().document()).isNotNull();
        assertThat(lastText(ostap)).isEqualTo("Your session on Sat 20 Mar 18:00 (Europe/Kyiv) was "
                + "cancelled: your mentor has deleted their account. You can book another time with /start.");
        assertThat(lastText(otherStudent)).startsWith("Your session on Sun 21 Mar 12:00 (Europe/Kyiv) "
                + "was cancelled: your mentor has deleted their account.");
        await().atMost(Duration.ofSeconds(10)).until(() -> google.revokedTokens().contains("1//refresh-zoryanacal"));

        erase(ostap);

        assertThat(lastNotice(otherMentor).text()).isEqualTo("Your session on Mon 22 Mar 12:00 (Europe/Kyiv) was "
                + "cancelled: the student has deleted their account. The slot is free again.");
        assertThat(columnsHolding(traces)).as("columns still holding their traces").isEmpty();
        assertThat(count("SELECT count(*) FROM bookings WHERE status IN ('CONFIRMED', 'PENDING_PAYMENT')")).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ? AND status IN ('FREE', 'BOOKED')"
                + " AND starts_at > '2027-03-15T10:00:00Z'", zoryanaId))
                .as("a mentor who left takes their free slots along").isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ? AND status = 'FREE'", otherMentorId))
                .as("a student's slot is free again").isOne();
        assertThat(count("SELECT count(*) FROM users WHERE deleted AND first_name IS NULL AND email IS NULL"))
                .isEqualTo(2);
        assertThat(count("SELECT stars FROM reviews")).as("the rating stays, as a number").isEqualTo(5);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND NOT listed", zoryanaId)).isOne();
        assertThat(count("SELECT count(*) FROM admin_audit WHERE after LIKE '%reason=(erased)'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM calendar_connections")).isZero();
    }

    @Test
    void theNewestUpdateKeepsThePollOffsetAndTheErasingPressStaysKnownWithoutItsContent() {
        erase(ostap);

        long newest = count("SELECT max(update_id) FROM telegram_updates");
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE update_id = ? AND payload = ''", newest)).isOne();
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE chat_id = 7102")).isZero();
        assertThat(send(ostap, "/start").text()).as("they may come back, as a newcomer").startsWith("Hi, Ostap!");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 7102 AND NOT deleted")).isOne();
    }

    @Test
    void anErasureThatFailsInAnyModuleErasesNothingAndTellsNobody() {
        BotMessage lastToOstap = ostap.chat().last();
        jdbc.sql("""
                CREATE FUNCTION refuse_review_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'reviews are read-only in this test'; END $$
                """).update();
        jdbc.sql("CREATE TRIGGER refuse_review_change BEFORE UPDATE ON reviews FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_review_change()").update();
        try {
            send(zoryana, "/deleteme");
            press(zoryana, "Yes, delete my data");
        } finally {
            jdbc.sql("DROP TRIGGER refuse_review_change ON reviews").update();
            jdbc.sql("DROP FUNCTION refuse_review_change()").update();
        }

        assertThat(zoryana.chat().last().text()).doesNotContain("Your data has been deleted");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND NOT deleted AND first_name = 'Zoryana'",
                zoryanaId)).isOne();
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND bio IS NOT NULL", zoryanaId))
                .isOne();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE chat_id = 7101 AND payload <> ''")).isPositive();
        assertThat(count("SELECT count(*) FROM calendar_connections WHERE owner_id = ?", zoryanaId)).isOne();
        assertThat(ostap.chat().last().messageId()).isEqualTo(lastToOstap.messageId());
        assertThat(google.revokedTokens()).isEmpty();
    }

    private void erase(SimulatedUser person) {
        send(person, "/deleteme");
        press(person, "Yes, delete my data");
        assertThat(person.chat().last().text()).contains("Your data has been deleted");
    }

    /** The "table.column"s of the public schema with a text-like value containing one of the texts (any case). */
    private List<String> columnsHolding(List<String> texts) {
        record Column(String table, String name, String type) {
        }
        List<Column> columns = jdbc.sql("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                 WHERE table_schema = 'public'
                   AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
                 ORDER BY table_name, column_name
                """).query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(columns).hasSizeGreaterThan(40);
        String[] wanted = texts.stream().map(String::toLowerCase).toArray(String[]::new);
        List<String> holding = new ArrayList<>();
        for (Column column : columns) {
            String value = column.type().equals("bytea") ? "encode(\"" + column.name() + "\", 'escape')"
                    : "\"" + column.name() + "\"::text";
            List<String> found = jdbc.sql("SELECT t FROM unnest(CAST(? AS text[])) t WHERE EXISTS (SELECT 1 FROM \""
                            + column.table() + "\" WHERE strpos(lower(" + value + "), t) > 0)")
                    .param(wanted).query(String.class).list();
            if (!found.isEmpty()) {
                holding.add(column.table() + "." + column.name());
            }
        }
        return holding;
    }

    private void zoryanaBecomesAMentorWithAProfileAndACalendar() throws Exception {
        send(zoryana, "/start");
        zoryanaId = count("SELECT id FROM users WHERE telegram_id = 7101");
        press(zoryana, "🎓 Become a mentor");
        press(zoryana, "Programming");
        press(zoryana, "Done ✔");
        send(zoryana, "Rust systems mentor");
        send(zoryana, "Twelve years of Rust compilers");
        press(admin, "✅ Approve");
        send(zoryana, "/profile");
        press(zoryana, "📝 Bio");
        send(zoryana, "I mentor async runtimes in Kharkiv");
        send(zoryana, "/profile");
        press(zoryana, "🖼 Photo");
        awaitHandled(zoryana.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, 7, 1}, null));
        String photo = jdbc.sql("SELECT photo_file_id FROM mentor_profiles WHERE user_id = ?").param(zoryanaId)
                .query(String.class).single();
        traces.addAll(List.of("Rust systems mentor", "Twelve years of Rust compilers",
                "I mentor async runtimes in Kharkiv", photo, "zoryanacal@example.com"));

        String state = stateOf(send(zoryana, "/connect_calendar"));
        assertThat(callback("state=" + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&code=zoryanacal")
                .statusCode()).isEqualTo(200);
        awaitOutboxDelivered();
    }

    private long mentorWithoutFuss(SimulatedUser mentor) {
        send(mentor, "/start");
        long id = count("SELECT id FROM users WHERE telegram_id = ?", mentor.id());
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed)"
                        + " VALUES (?, 'Backend', '{programming}', true)")
                .param(id).update();
        return id;
    }

    private void verifiedEmail(SimulatedUser person, String address) {
        send(person, "/email " + address);
        Matcher code = CODE.matcher(TestMail.text(TestMail.awaitLetter(address, "Your MentorBot confirmation code")));
        assertThat(code.find()).isTrue();
        assertThat(send(person, code.group(1)).text()).contains("is verified");
        traces.add(address);
    }

    /** Books the slot through the bot, with a note when one is given; returns the booking. */
    private long book(SimulatedUser student, long slot, String note) {
        BotMessage any = send(student, "/help");
        pressData(student, any.messageId(), "v1:ps:" + slot);
        if (note != null) {
            press(student, "📝 Add a note for the mentor");
            send(student, note);
        }
        press(student, "✅ Confirm booking");
        return count("SELECT id FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", slot);
    }

    /** A session last week, completed, that Ostap rated and commented and Zoryana answered. */
    private void aPastSessionReviewedAndAnswered() {
        long slot = slotOf(zoryanaId, "2027-03-08T10:00:00Z");
        jdbc.sql("UPDATE slots SET status = 'BOOKED' WHERE id = ?").param(slot).update();
        long booking = jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, note, confirmed_at, completed_at)
                VALUES (?, ?, 'COMPLETED', 'Past note about traits', now(), now()) RETURNING id
                """).params(slot, ostapId).query(Long.class).single();
        BotMessage any = send(ostap, "/help");
        pressData(ostap, any.messageId(), "v1:rate:" + booking + ":5");
        send(ostap, "Patient and precise explanations");
        press(zoryana, "↩ Reply");
        send(zoryana, "Thanks Ostap, keep fuzzing");
        assertThat(count("SELECT count(*) FROM reviews WHERE comment IS NOT NULL AND reply IS NOT NULL")).isOne();
        traces.addAll(List.of("Past note about traits", "Patient and precise explanations",
                "Thanks Ostap, keep fuzzing"));
    }

    private long slotOf(long mentorId, String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }

    private HttpResponse<String> callback(String query) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port")
                + "/oauth2/google/callback?" + query);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The consent link's state, as Google would hand it back. */
    private static String stateOf(BotMessage offer) {
        String url = offer.inlineKeyboard().stream().flatMap(List::stream).map(Button::url)
                .filter(u -> u != null && u.startsWith(FakeGoogle.get().baseUrl() + "/auth")).findFirst()
                .orElseThrow(() -> new AssertionError("No consent link in " + offer));
        for (String parameter : URI.create(url).getRawQuery().split("&")) {
            if (parameter.startsWith("state=")) {
                return URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No state in " + url);
    }

    /** The newest message that is not a file. */
    private static String lastText(SimulatedUser user) {
        List<BotMessage> seen = user.chat().messages();
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).document() == null) {
                return seen.get(i).text();
            }
        }
        throw new AssertionError("No text message to " + user.firstName());
    }
}
