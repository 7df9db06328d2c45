package io.mentorbot.mentors;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentors' photos as bytes, so any front end can show them: files uploaded through the web, checked by their content
 * (JPEG, PNG or WebP, at most {@link #MAX_BYTES}), and copies of photos set in Telegram. The newest photo wins: an
 * upload replaces the photo set in Telegram, and a photo set in Telegram ({@link MentorProfiles#changePhoto})
 * replaces the upload, its copy following when the Telegram adapter has fetched it.
 */
@Service
public class MentorPhotos {

    /** The largest photo taken: 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final MentorProfiles profiles;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<String> askedForCopies = ConcurrentHashMap.newKeySet();

    MentorPhotos(JdbcClient jdbc, MentorProfiles profiles, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.clock = clock;
        this.events = events;
    }

    /** A stored photo; {@code etag} changes with its bytes. */
    public record Photo(long mentorId, String contentType, byte[] bytes, String etag, Instant updatedAt) {
    }

    /** Why a file was refused as a photo. */
    public static class PhotoRefused extends RuntimeException {

        public enum Reason { EMPTY, TOO_LARGE, NOT_AN_IMAGE }

        private final Reason reason;

        PhotoRefused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * Stores the file as the mentor's photo, replacing any earlier one.
     *
     * @throws PhotoRefused when it is empty, too large or not a JPEG, PNG or WebP image; nothing changes then
     */
    @Transactional
    public Photo upload(long mentorId, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new PhotoRefused(PhotoRefused.Reason.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PhotoRefused(PhotoRefused.Reason.TOO_LARGE);
        }
        String type = contentType(bytes).orElseThrow(() -> new PhotoRefused(PhotoRefused.Reason.NOT_AN_IMAGE));
        profiles.ensureExists(mentorId);
        lockProfile(mentorId);
        String etag = sha256(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO mentor_photos (mentor_id, content_type, bytes, sha256, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (mentor_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes,
                       sha256 = excluded.sha256, updated_at = excluded.updated_at, telegram_file_id = NULL
                """).params(mentorId, type, bytes, etag, Timestamp.from(now)).update();
        profiles.forgetTelegramPhoto(mentorId);
        events.publishEvent(new MentorPhotoUploaded(mentorId, etag));
        return new Photo(mentorId, type, bytes, etag, now);
    }

    /**
     * Keeps a copy of the photo the mentor set in Telegram, fetched by the Telegram adapter after
     * {@link MentorPhotoSet}: only while that photo is still the mentor's, and only if it is an image within the
     * limits. True when the copy was kept.
     */
    @Transactional
    public boolean keepTelegramCopy(long mentorId, String telegramFileId, byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            return false;
        }
        Optional<String> type = contentType(bytes);
        if (type.isEmpty()) {
            return false;
        }
        lockProfile(mentorId);
        return jdbc.sql("""
                INSERT INTO mentor_photos (mentor_id, content_type, bytes, sha256, telegram_file_id, updated_at)
                SELECT :mentor, :type, :bytes, :sha, :file, :now
                 WHERE EXISTS (SELECT 1 FROM mentor_profiles WHERE user_id = :mentor AND photo_file_id = :file)
                ON CONFLICT (mentor_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes,
                       sha256 = excluded.sha256, telegram_file_id = excluded.telegram_file_id,
                       updated_at = excluded.updated_at
                """).param("mentor", mentorId).param("type", type.get()).param("bytes", bytes)
                .param("sha", sha256(bytes)).param("file", telegramFileId)
                .param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    /**
     * Links the Telegram file id an uploaded photo got when the Telegram adapter sent it, and makes it the photo the
     * bot shows; only while that upload ({@code sha256}) is still the mentor's photo.
     */
    @Transactional
    public void linkTelegramCopy(long mentorId, String sha256, String telegramFileId) {
        lockProfile(mentorId);
        int linked = jdbc.sql("UPDATE mentor_photos SET telegram_file_id = ? WHERE mentor_id = ? AND sha256 = ?")
                .params(telegramFileId, mentorId, sha256).update();
        if (linked == 1) {
            profiles.showTelegramCopy(mentorId, telegramFileId);
        }
    }

    /**
     * Every change of a mentor's photo locks the profile's row first, then the photo's: {@link MentorProfiles} changes
     * the profile and then deletes the upload, so the same order here keeps the two from deadlocking.
     */
    private void lockProfile(long mentorId) {
        jdbc.sql("SELECT 1 FROM mentor_profiles WHERE user_id = ? FOR UPDATE").param(mentorId).query(Integer.class)
                .optional();
    }

    /** The uploaded photo of a mentor whose account is active; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<Photo> find(long mentorId) {
        return jdbc.sql("""
                SELECT ph.* FROM mentor_photos ph JOIN users u ON u.id = ph.mentor_id
                 WHERE ph.mentor_id = ? AND u.is_mentor AND NOT u.deleted
                """).param(mentorId).query((rs, n) -> new Photo(rs.getLong("mentor_id"),
                rs.getString("content_type"), rs.getBytes("bytes"), rs.getString("sha256"),
                rs.getTimestamp("updated_at").toInstant())).optional();
    }

    /**
     * Asks for a copy of the mentor's Telegram photo when there is one and no copy yet (a photo set before copies were
     * kept): the Telegram adapter fetches it as after {@link MentorPhotoSet}. Asked once per photo and instance, so a
     * photo that cannot be copied is not fetched on every request. True when asked now.
     */
    @Transactional
    public boolean askForCopy(long mentorId) {
        Optional<String> fileId = jdbc.sql("""
                SELECT p.photo_file_id FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                 WHERE p.user_id = ? AND p.photo_file_id IS NOT NULL AND u.is_mentor AND NOT u.deleted
                   AND NOT EXISTS (SELECT 1 FROM mentor_photos ph WHERE ph.mentor_id = p.user_id)
                """).param(mentorId).query(String.class).optional();
        if (fileId.isEmpty() || !askedForCopies.add(mentorId + ":" + fileId.get())) {
            return false;
        }
        events.publishEvent(new MentorPhotoSet(mentorId, fileId.get()));
        return true;
    }

    /** Whether the mentor has an uploaded photo (without reading its bytes). */
    @Transactional(readOnly = true)
    public boolean has(long mentorId) {
        return jdbc.sql("SELECT count(*) FROM mentor_photos WHERE mentor_id = ?").param(mentorId)
                .query(Long.class).single() == 1;
    }

    /** The image type the bytes start with, whatever a file's name or a client claims. */
    static Optional<String> contentType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
