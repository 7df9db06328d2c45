package io.mentorbot.telegram.dialog;

/**
 * What the user sent in a message.
 *
 * @param text        the text or caption, may be null
 * @param photoFileId the largest size of a sent photo, may be null
 * @param document    true when the message carried a document (file) instead
 */
public record Input(String text, String photoFileId, boolean document) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
