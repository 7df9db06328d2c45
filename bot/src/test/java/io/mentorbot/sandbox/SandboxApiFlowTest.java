package io.mentorbot.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat's JSON API, used as the page uses it: pick a persona, type, press buttons, start over. */
class SandboxApiFlowTest extends SandboxAppTest {

    private static final long SAM = DemoCast.id(1001);
    private static final long IRYNA = DemoCast.id(2001);
    private static final long ADA = DemoCast.id(3001);

    @BeforeEach
    void freshDemoPlatform() {
        demo.reset();
    }

    @Test
    void thePersonasAreTheDemoStudentsMentorsAndAdmin() {
        List<Map<String, Object>> personas = http().get().uri("/sandbox/api/personas").retrieve().body(LIST);

        assertThat(personas).extracting(p -> p.get("name") + " " + p.get("role")).contains("Sam student",
                "Oksana student", "Iryna Koval mentor", "Marco Rossi mentor", "Ada admin");
    }

    @Test
    void aNewPersonaIsRegisteredAndTalksToTheBotInTheirLanguage() {
        ResponseEntity<Map<String, Object>> created = http().post().uri("/sandbox/api/personas")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Lesia", "language", "uk"))
                .retrieve().toEntity(OBJECT);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        assertThat(id).isGreaterThanOrEqualTo(Personas.FIRST_OWN_ID);

        send(id, "/start");

        Map<String, Object> reply = awaitBotMessage(id, m -> !buttons(m).isEmpty());
        assertThat(buttons(reply)).contains("📅 Записатися на консультацію");
        assertThat(messages(id)).first().satisfies(m -> {
            assertThat(m.get("from")).isEqualTo("user");
            assertThat(m.get("text")).isEqualTo("/start");
        });
    }

    @Test
    void aStudentBooksWithButtonsAndTheMentorIsTold() {
        send(SAM, "/start");
        awaitBotMessage(SAM, m -> buttons(m).contains("📅 Book a consultation"));
        press(SAM, "📅 Book a consultation");
        press(SAM, "All topics");
        pressFirst(SAM, Pattern.compile("\\d+\\. Iryna Koval"));
        assertThat(messages(SAM)).anySatisfy(m -> assertThat(m.get("photo")).isNotNull()); // her demo portrait
        press(SAM, "📅 Choose a time");
        pickAFreeDay(SAM);
        pressFirst(SAM, Pattern.compile("\\d{2}:\\d{2}"));
        assertThat(messages(SAM)).filteredOn(m -> Boolean.TRUE.equals(m.get("edited")))
                .as("the calendar turned into the day's times in place").isNotEmpty();
        press(SAM, "✅ Confirm booking");

        Map<String, Object> ics = awaitBotMessage(SAM, m -> m.get("document") != null);
        awaitBotMessage(IRYNA, m -> String.valueOf(m.get("text")).contains("New booking"));
        @SuppressWarnings("unchecked")
        String url = (String) ((Map<String, Object>) ics.get("document")).get("url");
        ResponseEntity<String> file = http().get().uri(url).retrieve().toEntity(String.class);
        assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(file.getBody()).contains("BEGIN:VEVENT", "Iryna Koval");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void theAdminHasRealAdminRightsAndGetsTheStatsChart() {
        send(ADA, "/stats");

        Map<String, Object> chart = awaitBotMessage(ADA, m -> m.get("photo") != null);
        @SuppressWarnings("unchecked")
        String url = (String) ((Map<String, Object>) chart.get("photo")).get("url");
        ResponseEntity<byte[]> png = http().get().uri(url).retrieve().toEntity(byte[].class);
        assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(png.getBody()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(messages(ADA)).anySatisfy(m -> assertThat(String.valueOf(m.get("text")))
                .contains("Platform statistics", "mentors: 6"));
    }

    @Test
    void aMentorSendsANewProfilePhotoFromTheBrowser() {
        String before = photoOf(IRYNA);
        send(IRYNA, "/profile");
        press(IRYNA, "🖼 Photo");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(DemoAvatars.of("New Me")) {
            @Override
            public String getFilename() {
                return "me.png";
            }
        });

        ResponseEntity<Map<String, Object>> sent = http().post().uri("/sandbox/api/personas/{id}/photo", IRYNA)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(OBJECT);

        assertThat(sent.getStatusCode().value()).isEqualTo(200);
        awaitBotMessage(IRYNA, m -> String.valueOf(m.get("text")).startsWith("Saved ✅"));
        assertThat(messages(IRYNA)).anySatisfy(m -> {
            assertThat(m.get("from")).isEqualTo("user");
            assertThat(m.get("photo")).isNotNull();
        });
        assertThat(photoOf(IRYNA)).isNotEqualTo(before);
    }

    @Test
    void aPersonaAddedWithPlusIsANewcomerAndGetsThePresentation() {
        long id = add("Lesia", "uk");

        assertThat(messages(id)).first().satisfies(m -> assertThat(m.get("text")).isEqualTo("/start"));
        assertThat((String) awaitBotMessage(id, m -> true).get("text")).startsWith("Вітаю, Lesia! 👋");
        List<Map<String, Object>> personas = http().get().uri("/sandbox/api/personas").retrieve().body(LIST);
        assertThat(personas).extracting(p -> ((Number) p.get("id")).longValue()).contains(id);
    }

    @Test
    void aPersonaErasedWithDeleteMeIsGoneAndItsIdIsNotGivenToTheNextOne() {
        long erased = add("Temp", "en");
        send(erased, "/deleteme");
        press(erased, "Yes, delete my data");
        awaitUntil(() -> http().get().uri("/sandbox/api/personas").retrieve().body(LIST).stream()
                .noneMatch(p -> ((Number) p.get("id")).longValue() == erased));

        long next = add("Next", "en");

        assertThat(next).isNotEqualTo(erased);
        assertThat(messages(next)).noneMatch(m -> String.valueOf(m.get("text")).contains("Your data has been deleted"));
        assertThat((String) awaitBotMessage(next, m -> true).get("text")).startsWith("Hi, Next! 👋");
    }

    @Test
    void resetWipesChatsAndAddedPersonasAndSeedsTheDemoAgain() {
        http().post().uri("/sandbox/api/personas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Temp", "language", "en")).retrieve().toBodilessEntity();
        send(SAM, "/start");
        awaitBotMessage(SAM, m -> true);

        List<Map<String, Object>> after = http().post().uri("/sandbox/api/reset").retrieve().body(LIST);

        assertThat(after).extracting(p -> p.get("name")).doesNotContain("Temp").contains("Sam", "Ada");
        assertThat(messages(SAM)).isEmpty();
        assertThat(count("SELECT count(*) FROM users WHERE is_mentor")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM telegram_updates")).isPositive(); // the inbox is kept: ids go on
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        ResponseEntity<Map<String, Object>> noName = http().post().uri("/sandbox/api/personas")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", " ", "language", "en"))
                .retrieve().toEntity(OBJECT);
        ResponseEntity<Map<String, Object>> badLanguage = http().post().uri("/sandbox/api/personas")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Jo", "language", "fr"))
                .retrieve().toEntity(OBJECT);
        ResponseEntity<String> nobody = http().get().uri("/sandbox/api/personas/{id}/chat", DemoCast.id(999_999))
                .retrieve().toEntity(String.class);

        assertThat(noName.getStatusCode().value()).isEqualTo(400);
        assertThat(noName.getBody()).containsEntry("error", "A name of 1 to 40 characters, please");
        assertThat(badLanguage.getBody()).containsEntry("error", "Language must be en or uk");
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
    }

    private long add(String name, String language) {
        Map<String, Object> created = http().post().uri("/sandbox/api/personas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "language", language)).retrieve().body(OBJECT);
        return ((Number) created.get("id")).longValue();
    }

    private void send(long persona, String text) {
        http().post().uri("/sandbox/api/personas/{id}/messages", persona).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", text)).retrieve().toBodilessEntity();
    }

    /** Presses the button on the newest message that shows it, as a click in the page does. */
    private void press(long persona, String button) {
        Map<String, Object> message = awaitBotMessage(persona, m -> buttons(m).contains(button));
        Map<String, Object> pressed = http().post().uri("/sandbox/api/personas/{id}/press", persona)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("messageId", message.get("id"), "button", button)).retrieve().body(OBJECT);
        assertThat(pressed).containsEntry("answered", true);
    }

    /** Presses the first button like the pattern on the newest message that has one. */
    private void pressFirst(long persona, Pattern pattern) {
        Map<String, Object> message = awaitBotMessage(persona, m -> buttons(m).stream()
                .anyMatch(b -> pattern.matcher(b).matches()));
        press(persona, buttons(message).stream().filter(b -> pattern.matcher(b).matches()).findFirst().orElseThrow());
    }

    /** On the month calendar, the first day with free times; the next month when this one has none left. */
    private void pickAFreeDay(long persona) {
        Map<String, Object> calendar = awaitBotMessage(persona, m -> buttons(m).contains("Mon"));
        if (buttons(calendar).stream().noneMatch(b -> b.matches("\\d{1,2}"))) {
            press(persona, "▶");
            awaitUntil(() -> !messages(persona).contains(calendar)); // edited in place: the old snapshot is gone
        }
        pressFirst(persona, Pattern.compile("\\d{1,2}"));
    }

    private Map<String, Object> awaitBotMessage(long persona, java.util.function.Predicate<Map<String, Object>> test) {
        List<Map<String, Object>> found = new ArrayList<>();
        awaitUntil(() -> {
            List<Map<String, Object>> bot = messages(persona).stream().filter(m -> "bot".equals(m.get("from")))
                    .filter(test).toList();
            if (bot.isEmpty()) {
                return false;
            }
            found.add(bot.get(bot.size() - 1));
            return true;
        });
        return found.get(0);
    }

    private String photoOf(long telegramId) {
        return jdbc.sql("SELECT p.photo_file_id FROM mentor_profiles p JOIN users u ON u.id = p.user_id "
                + "WHERE u.telegram_id = ?").param(telegramId).query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> messages(long persona) {
        Map<String, Object> chat = http().get().uri("/sandbox/api/personas/{id}/chat", persona).retrieve().body(OBJECT);
        return (List<Map<String, Object>>) chat.get("messages");
    }

    @SuppressWarnings("unchecked")
    private static List<String> buttons(Map<String, Object> message) {
        return ((List<List<Map<String, Object>>>) message.get("buttons")).stream().flatMap(List::stream)
                .map(k -> (String) k.get("text")).toList();
    }
}
