package io.mentorbot.web.mentor;

import java.util.concurrent.TimeUnit;

import io.mentorbot.mentors.MentorPhotos;
import io.mentorbot.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A mentor's photo (uploaded, or copied from Telegram), for anyone: the image itself, cacheable, revalidated by its
 * ETag.
 */
@RestController
class MentorPhotoApi {

    private final MentorPhotos photos;

    MentorPhotoApi(MentorPhotos photos) {
        this.photos = photos;
    }

    static String url(long mentorId) {
        return "/api/v1/mentors/" + mentorId + "/photo";
    }

    @GetMapping("/api/v1/mentors/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, WebRequest request) {
        MentorPhotos.Photo photo = photos.find(id).orElse(null);
        if (photo == null) {
            // A photo set in Telegram before copies were kept is fetched now and served from a later request on.
            photos.askForCopy(id);
            throw ApiException.notFound();
        }
        String etag = "\"" + photo.etag() + "\"";
        CacheControl caching = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && (asked.contains(etag) || asked.trim().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .eTag(etag)
                .lastModified(photo.updatedAt())
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
