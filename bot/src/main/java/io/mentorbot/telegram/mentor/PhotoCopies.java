package io.mentorbot.telegram.mentor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.MentorPhotoSet;
import io.mentorbot.mentors.MentorPhotoUploaded;
import io.mentorbot.mentors.MentorPhotos;
import io.mentorbot.telegram.BotEndpoint;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.outbox.BotGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Keeps a mentor's photo the same in Telegram and on the web. An upload through the web is sent once to the mentor's
 * chat (as the confirmation that it is set) and the file id Telegram gives it is linked, so the bot shows it by that
 * id from then on. In the other direction, it fetches a photo a mentor set in Telegram ({@code getFile}, then the file's download address on the same Bot API
 * server) and hands its bytes to the mentors module, so the web shows the same photo. The download address is built
 * here from the configured server: the client library's own download goes to the public Bot API whatever server it
 * talks to. A photo that cannot be fetched is logged and left out of the web, never retried in a loop.
 */
@Component
class PhotoCopies {

    private static final Logger log = LoggerFactory.getLogger(PhotoCopies.class);

    private final TelegramClient client;
    private final BotEndpoint endpoint;
    private final MentorPhotos photos;
    private final BotGateway gateway;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PhotoCopies(TelegramClient client, BotEndpoint endpoint, MentorPhotos photos, BotGateway gateway,
                AccountDesk accounts, Notifier notifier) {
        this.client = client;
        this.endpoint = endpoint;
        this.photos = photos;
        this.gateway = gateway;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(MentorPhotoUploaded event) {
        Optional<Account> mentor = accounts.find(event.mentorId()).filter(Notifier::reachable);
        Optional<MentorPhotos.Photo> photo = photos.find(event.mentorId())
                .filter(p -> p.etag().equals(event.sha256()));
        if (mentor.isEmpty() || photo.isEmpty()) {
            return; // no chat to upload it to (a web-only mentor), or already replaced
        }
        Optional<Long> chat = mentor.get().standing().privateChat();
        if (chat.isEmpty()) {
            return;
        }
        String name = "photo." + photo.get().contentType().substring("image/".length());
        gateway.send(SendPhoto.builder().chatId(chat.get())
                        .photo(new InputFile(new ByteArrayInputStream(photo.get().bytes()), name))
                        .caption(notifier.text(mentor.get(), "profile.photo-from-web")).build())
                .map(Message::getPhoto).filter(sizes -> !sizes.isEmpty())
                .map(sizes -> sizes.get(sizes.size() - 1).getFileId())
                .ifPresent(fileId -> photos.linkTelegramCopy(event.mentorId(), event.sha256(), fileId));
    }

    @ApplicationModuleListener
    void on(MentorPhotoSet event) {
        try {
            File file = client.execute(new GetFile(event.telegramFileId()));
            if (file.getFilePath() == null
                    || (file.getFileSize() != null && file.getFileSize() > MentorPhotos.MAX_BYTES)) {
                log.info("Photo of mentor {} not copied: no download path or too large", event.mentorId());
                return;
            }
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(downloadUri(file.getFilePath()))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (download.statusCode() != 200) {
                log.warn("Photo of mentor {} not copied: download answered {}", event.mentorId(),
                        download.statusCode());
                return;
            }
            if (!photos.keepTelegramCopy(event.mentorId(), event.telegramFileId(), download.body())) {
                log.info("Photo of mentor {} not copied: not an image within the limits, or replaced meanwhile",
                        event.mentorId());
            }
        } catch (TelegramApiException | IOException e) {
            log.warn("Photo of mentor {} not copied: {}", event.mentorId(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI downloadUri(String filePath) {
        TelegramUrl url = endpoint.url();
        return URI.create(url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot"
                + endpoint.token() + "/" + filePath);
    }
}
