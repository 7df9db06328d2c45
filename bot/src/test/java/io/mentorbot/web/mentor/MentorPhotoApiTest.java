package io.mentorbot.web.mentor;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.mentorbot.mentors.MentorPhotos;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** PUT /api/v1/me/mentor-profile/photo and GET /api/v1/mentors/{id}/photo: files checked by content, served cached. */
class MentorPhotoApiTest extends MentorApiTest {

    /** The signature and header of a PNG: all the check needs to know the type. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MentorProfiles profiles;

    @Autowired
    MentorPhotos photos;

    private long mentor;
    private String token;

    @BeforeEach
    void aSignedInMentorWithATelegramPhoto() {
        mentor = mentor(611, "Iryna", "UTC");
        jdbc.sql("UPDATE mentor_profiles SET photo_file_id = 'tg-photo' WHERE user_id = ?").param(mentor).update();
        token = signIn(611);
    }

    @Test
    void anUploadedPhotoIsServedToAnyoneWithCachingHeaders() {
        Answer uploaded = upload("/api/v1/me/mentor-profile/photo", token, "me.txt", "text/plain", PNG);

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.text("contentType")).isEqualTo("image/png");
        assertThat(uploaded.text("photoUrl")).isEqualTo("/api/v1/mentors/" + mentor + "/photo");
        assertThat(api.get("/api/v1/me/mentor-profile", token).text("photoUrl")).isEqualTo(uploaded.text("photoUrl"));

        HttpResponse<byte[]> photo = getBytes(uploaded.text("photoUrl"), Map.of());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).isEqualTo(PNG);
        assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600", "public");
        String etag = photo.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = getBytes(uploaded.text("photoUrl"), Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUploadedPhotoIsSentToTheMentorsChatOnceAndTheBotShowsItFromThen() {
        upload("/api/v1/me/mentor-profile/photo", token, "me.png", "image/png", PNG);

        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.chat(611).messages().stream()
                .anyMatch(m -> m.photo() != null));
        BotMessage sent = telegram.chat(611).last();
        assertThat(sent.text()).contains("uploaded on the website");
        assertThat(sent.photo().bytes()).isEqualTo(PNG);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM mentor_profiles "
                + "WHERE user_id = ? AND photo_file_id = ?", mentor, sent.photo().fileId()) == 1);
        assertThat(count("SELECT count(*) FROM mentor_photos WHERE telegram_file_id = ?", sent.photo().fileId()))
                .isOne();
        assertThat(getBytes("/api/v1/mentors/" + mentor + "/photo", Map.of()).body()).isEqualTo(PNG);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsNameAndType() {
        Answer answer = upload("/api/v1/me/mentor-profile/photo", token, "me.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/not-an-image");
        assertThat(count("SELECT count(*) FROM mentor_photos")).isZero();
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE photo_file_id = 'tg-photo'")).isOne();
    }

    @Test
    void aPhotoOverFiveMegabytesIsTooLarge() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        Answer answer = upload("/api/v1/me/mentor-profile/photo", token, "big.jpg", "image/jpeg", big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.text("type")).isEqualTo("/problems/too-large");
        assertThat(count("SELECT count(*) FROM mentor_photos")).isZero();
    }

    @Test
    void anUploadOverTheServersLimitIsAnsweredTooLargeAndChangesNothing() {
        for (int megabytes : new int[] {7, 20}) {
            byte[] huge = new byte[megabytes * 1024 * 1024];
            huge[0] = (byte) 0xFF;
            huge[1] = (byte) 0xD8;
            huge[2] = (byte) 0xFF;

            Answer answer = upload("/api/v1/me/mentor-profile/photo", token, "huge.jpg", "image/jpeg", huge);

            assertThat(answer.status()).as("%d MB", megabytes).isEqualTo(413);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text("type")).isEqualTo("/problems/too-large");
            assertThat(answer.text("detail")).isNotBlank();
        }
        assertThat(count("SELECT count(*) FROM mentor_photos")).isZero();
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND photo_file_id = 'tg-photo'",
                mentor)).isOne();
        assertThat(upload("/api/v1/me/mentor-profile/photo", token, "me.png", "image/png", PNG).status())
                .isEqualTo(200); // the connection and the server are fine afterwards
    }

    @Test
    void anUploadWithoutAFileNamesTheField() {
        Answer answer = api.raw("PUT", "/api/v1/me/mentor-profile/photo", "--x--\r\n",
                "multipart/form-data; boundary=x", token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void aMentorWithoutAnUploadedPhotoHasNoneToServe() {
        Answer none = api.get("/api/v1/mentors/" + mentor + "/photo", null);

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text("type")).isEqualTo("/problems/not-found");
        assertThat(api.get("/api/v1/mentors/999999/photo", null).status()).isEqualTo(404);
    }

    @Test
    void aPhotoSetInTelegramLaterReplacesTheUploadedOneAndIsServedOnceFetched() {
        upload("/api/v1/me/mentor-profile/photo", token, "me.png", "image/png", PNG);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        String fileId = telegram.storeFile(jpeg, "photo.jpg", "image/jpeg").fileId();

        profiles.changePhoto(mentor, fileId);

        await().atMost(Duration.ofSeconds(10)).until(() -> getBytes("/api/v1/mentors/" + mentor + "/photo",
                Map.of()).statusCode() == 200);
        HttpResponse<byte[]> photo = getBytes("/api/v1/mentors/" + mentor + "/photo", Map.of());
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.body()).isEqualTo(jpeg);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE photo_file_id = ?", fileId)).isOne();
    }

    @Test
    void aCopyFromTelegramIsKeptOnlyIfItIsAnImageAndStillTheMentorsPhoto() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

        assertThat(photos.keepTelegramCopy(mentor, "tg-photo", "text".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(photos.keepTelegramCopy(mentor, "tg-older", jpeg)).isFalse();
        assertThat(count("SELECT count(*) FROM mentor_photos")).isZero();
        assertThat(photos.keepTelegramCopy(mentor, "tg-photo", jpeg)).isTrue();
        assertThat(api.get("/api/v1/me/mentor-profile", token).text("photoUrl")).endsWith("/photo");
    }

    @Test
    void aPhotoSetInTelegramBeforeCopiesWereKeptIsFetchedWhenFirstAskedFor() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 1, 2, 3};
        String fileId = telegram.storeFile(jpeg, "old.jpg", "image/jpeg").fileId();
        jdbc.sql("UPDATE mentor_profiles SET photo_file_id = ? WHERE user_id = ?").params(fileId, mentor).update();

        assertThat(api.get("/api/v1/mentors/" + mentor + "/photo", null).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(10)).until(() -> getBytes("/api/v1/mentors/" + mentor + "/photo",
                Map.of()).statusCode() == 200);
        assertThat(getBytes("/api/v1/mentors/" + mentor + "/photo", Map.of()).body()).isEqualTo(jpeg);
    }
}
