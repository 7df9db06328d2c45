package io.mentorbot.telegram.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.telegram.SameRequest;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates}, sent exactly as the library's {@link GetUpdates}, whose answer is kept as Telegram's JSON, one
 * {@link ReceivedUpdate} per update, instead of being read into objects: the poller only stores the batch, and each
 * update is read once, when it is handled. A refusal is read by the library's method, so its error code and
 * {@code retry_after} reach the poller as usual.
 */
final class PolledUpdates extends SameRequest<ArrayList<ReceivedUpdate>, GetUpdates> {

    PolledUpdates(GetUpdates call) {
        super(call);
    }

    @Override
    public ArrayList<ReceivedUpdate> deserializeResponse(String answer) throws TelegramApiRequestException {
        Optional<List<ReceivedUpdate>> updates;
        try {
            updates = ReceivedUpdate.batch(answer);
        } catch (IOException e) {
            throw new TelegramApiRequestException("Unable to read the answer to getUpdates", e);
        }
        if (updates.isPresent()) {
            return new ArrayList<>(updates.get());
        }
        call().deserializeResponse(answer); // throws the refusal with its code and parameters
        throw new TelegramApiRequestException("Unexpected answer to getUpdates");
    }
}
