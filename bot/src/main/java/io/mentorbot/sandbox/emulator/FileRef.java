package io.mentorbot.sandbox.emulator;

/**
 * A file held by the emulator (uploaded by the bot or sent by a simulated user).
 *
 * @param fileId   the Bot API file_id
 * @param fileName the original file name, if known
 * @param mimeType the MIME type, if known
 * @param bytes    the content (do not modify)
 */
public record FileRef(String fileId, String fileName, String mimeType, byte[] bytes) {

    @Override
    public String toString() {
        // Default record toString would print an array identity, which is useless in assertion messages.
        return "FileRef[" + fileId + ", " + fileName + ", " + mimeType + ", " + bytes.length + " bytes]";
    }
}
