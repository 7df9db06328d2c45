package io.mentorbot.telegram.outbox;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * A file queued in the outbox, as its row keeps it: a {@link SendDocument} carries its file as a stream, which does
 * not survive the trip through the database, so the bytes are stored with the call (Jackson writes them as Base64).
 */
record OutboxDocument(@JsonProperty("chat_id") long chatId, @JsonProperty("file_name") String fileName,
                      @JsonProperty("caption") String caption, @JsonProperty("content") byte[] content) {

    static final String METHOD = SendDocument.PATH;

    SendDocument call() {
        return SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName)).caption(caption).build();
    }
}
