package io.mentorbot.mentors;

/** A mentor chose a photo in Telegram: the adapter that knows Telegram may fetch its bytes ({@link MentorPhotos}). */
public record MentorPhotoSet(long mentorId, String telegramFileId) {
}
