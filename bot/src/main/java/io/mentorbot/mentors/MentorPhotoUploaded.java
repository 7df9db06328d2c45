package io.mentorbot.mentors;

/**
 * A mentor uploaded a photo through the web: the Telegram adapter may upload it once and link the file id it gets
 * ({@link MentorPhotos#linkTelegramCopy}), so the bot shows the same photo.
 */
public record MentorPhotoUploaded(long mentorId, String sha256) {
}
