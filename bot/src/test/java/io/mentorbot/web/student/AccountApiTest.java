package io.mentorbot.web.student;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student changes their own settings and verifies an e-mail address through the API, as /language and /email do. */
class AccountApiTest extends StudentApiFixture {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @BeforeEach
    void noLettersYet() {
        TestMail.emptyMailboxes();
        jdbc.sql("DELETE FROM email_verifications").update();
        jdbc.sql("DELETE FROM email_codes_sent").update();
    }

    @Test
    void languageAndTimeZoneChangeAndTheBotSpeaksThemToo() {
        send(user(901, "Anna", "en"), "/start");
        String anna = signIn(901, "Anna");

        Answer changed = call("PATCH", "/api/v1/me", Map.of("language", "uk", "timeZone", "America/New_York"), anna);

        assertThat(changed.status()).isEqualTo(204);
        Answer me = call("GET", "/api/v1/me", null, anna);
        assertThat(me.text("language")).isEqualTo("uk");
        assertThat(me.text("timeZone")).isEqualTo("America/New_York");
        assertThat(jdbc.sql("SELECT language FROM users WHERE telegram_id = 901").query(String.class).single())
                .isEqualTo("UK");
    }

    @Test
    void aWrongLanguageOrZoneIsRefusedNamingTheFieldAndChangesNothing() {
        String anna = signIn(901, "Anna");

        Answer wrong = call("PATCH", "/api/v1/me", Map.of("language", "de", "timeZone", "Mars/Olympus"), anna);
        Answer offset = call("PATCH", "/api/v1/me", Map.of("timeZone", "+02:00"), anna);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(wrong.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("language",
                "timeZone");
        assertThat(wrong.body().toString()).contains("IANA time zone");
        assertThat(offset.body().path("errors").get(0).path("field").asText()).isEqualTo("timeZone");
        assertThat(call("GET", "/api/v1/me", null, anna).text("language")).isEqualTo("en");
    }

    @Test
    void namesOfATelegramAccountFollowTelegram() {
        String anna = signIn(901, "Anna");

        Answer renamed = call("PATCH", "/api/v1/me", Map.of("firstName", "Queen", "language", "uk"), anna, "uk");

        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.text("type")).isEqualTo("/problems/name-from-telegram");
        assertThat(renamed.text("title")).isEqualTo("Ім'я береться з Telegram");
        assertThat(call("GET", "/api/v1/me", null, anna).text("firstName")).isEqualTo("Anna");
        assertThat(call("GET", "/api/v1/me", null, anna).text("language")).isEqualTo("en");
    }

    @Test
    void anAddressCountsOnceTheCodeMailedThereComesBack() throws Exception {
        String anna = signIn(901, "Anna");

        Answer sent = call("POST", "/api/v1/me/email", Map.of("address", "Anna@example.com"), anna);

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.text("address")).isEqualTo("Anna@example.com");
        assertThat(sent.body().path("expiresInSeconds").asLong()).isEqualTo(15 * 60);
        MimeMessage letter = TestMail.awaitLetter("Anna@example.com", "Your MentorBot confirmation code");
        Matcher code = CODE.matcher(TestMail.text(letter));
        assertThat(code.find()).isTrue();
        String wrongCode = code.group(1).equals("000000") ? "111111" : "000000";
        Answer wrong = call("POST", "/api/v1/me/email/verify", Map.of("code", wrongCode), anna);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("type")).isEqualTo("/problems/email-code-wrong");
        assertThat(call("GET", "/api/v1/me", null, anna).text("email")).isNull();

        Answer verified = call("POST", "/api/v1/me/email/verify", Map.of("code", code.group(1)), anna);

        assertThat(verified.status()).isEqualTo(200);
        Answer me = call("GET", "/api/v1/me", null, anna);
        assertThat(me.text("email")).isEqualTo("Anna@example.com");
        assertThat(me.body().path("emailVerified").asBoolean()).isTrue();
        assertThat(call("POST", "/api/v1/me/email/verify", Map.of("code", code.group(1)), anna).text("type"))
                .isEqualTo("/problems/email-code-none");
    }

    @Test
    void aSecondCodeAtOnceIsTooSoonAndABadAddressNamesTheField() {
        String anna = signIn(901, "Anna");
        call("POST", "/api/v1/me/email", Map.of("address", "anna@example.com"), anna);

        Answer again = call("POST", "/api/v1/me/email", Map.of("address", "anna@example.com"), anna);
        Answer bad = call("POST", "/api/v1/me/email", Map.of("address", "not an address"), anna);
        Answer badCode = call("POST", "/api/v1/me/email/verify", Map.of("code", "12ab"), anna);

        assertThat(again.status()).isEqualTo(429);
        assertThat(again.text("type")).isEqualTo("/problems/email-code-too-soon");
        assertThat(Long.parseLong(again.header("Retry-After"))).isPositive();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("address");
        assertThat(badCode.body().path("errors").get(0).path("field").asText()).isEqualTo("code");
    }
}
