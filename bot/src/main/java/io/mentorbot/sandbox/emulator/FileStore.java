package io.mentorbot.sandbox.emulator;

import java.net.URLConnection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every file the emulator knows, by file_id and by download path. */
final class FileStore {

    /** A stored file plus what getFile reports about it. */
    record StoredFile(FileRef ref, String uniqueId, String path) {
    }

    private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();
    // Never reset, so a file_id from before reset() can never silently point at a different file.
    private final AtomicLong sequence = new AtomicLong();

    StoredFile put(byte[] bytes, String fileName, String mimeType, String folder) {
        long n = sequence.incrementAndGet();
        String mime = mimeType != null && !mimeType.equals("application/octet-stream") ? mimeType : guessMime(fileName);
        String id = "EMU" + folder.charAt(0) + "AAQ" + Long.toString(n, 36) + "x" + Long.toHexString(bytes.length);
        String path = folder + "/file_" + n + extension(fileName, folder);
        FileRef ref = new FileRef(id, fileName, mime, bytes.clone());
        StoredFile file = new StoredFile(ref, MessageJson.uniqueId(id), path);
        byId.put(id, file);
        byPath.put(path, file);
        return file;
    }

    Optional<StoredFile> byId(String fileId) {
        return fileId == null ? Optional.empty() : Optional.ofNullable(byId.get(fileId));
    }

    Optional<StoredFile> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    void clear() {
        byId.clear();
        byPath.clear();
    }

    private static String guessMime(String fileName) {
        String guess = fileName == null ? null : URLConnection.guessContentTypeFromName(fileName);
        return guess != null ? guess : "application/octet-stream";
    }

    private static String extension(String fileName, String folder) {
        if (folder.equals("photos")) {
            return ".jpg"; // Telegram re-encodes photos as JPEG.
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && fileName.length() - dot <= 6 ? fileName.substring(dot) : "";
    }
}
