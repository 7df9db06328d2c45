package io.mentorbot.web.mentor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import io.mentorbot.mentors.MentorPhotos;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.ProfileChanges;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The mentor's own profile, as {@code /profile} edits it: every value passes the same checks in the core. */
@RestController
@RequestMapping("/api/v1/me/mentor-profile")
class MentorProfileApi {

    private final MentorProfiles profiles;
    private final MentorPhotos photos;

    MentorProfileApi(MentorProfiles profiles, MentorPhotos photos) {
        this.profiles = profiles;
        this.photos = photos;
    }

    /** Money: {@code amount} a decimal string in major units ("25.00"), {@code currency} ISO 4217. */
    record Money(String amount, String currency) {
    }

    record Rating(BigDecimal average, int count) {
    }

    record ProfileBody(long mentorId, String name, String headline, String bio, List<String> topics, Money price,
                       int sessionMinutes, boolean listed, Rating rating, String photoUrl) {
    }

    /** Fields left out stay as they are; {@code price} a decimal string in major units, {@code 0} for free. */
    record ProfilePatch(String headline, String bio, List<String> topics,
                        @Pattern(regexp = "\\d{1,9}(\\.\\d{1,2})?") String price, String currency,
                        Integer sessionMinutes, Boolean listed) {
    }

    record PhotoBody(String photoUrl, String contentType, int size) {
    }

    @GetMapping
    ProfileBody profile(@AuthenticationPrincipal Long accountId) {
        return body(profiles.find(accountId).orElseThrow(ApiException::notFound));
    }

    @PatchMapping
    ProfileBody change(@AuthenticationPrincipal Long accountId, @Valid @RequestBody ProfilePatch patch) {
        Long priceMinor = patch.price() == null ? null
                : new BigDecimal(patch.price()).movePointRight(2).longValueExact();
        profiles.change(accountId, new ProfileChanges(patch.headline(), patch.bio(), patch.topics(), priceMinor,
                patch.currency(), patch.sessionMinutes(), patch.listed()));
        return profile(accountId);
    }

    @PutMapping(path = "/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PhotoBody photo(@AuthenticationPrincipal Long accountId,
                    @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null) {
            throw new FieldRefusal.Refused("file", "api.mentor.photo.missing");
        }
        try {
            MentorPhotos.Photo stored = photos.upload(accountId, file.getBytes());
            return new PhotoBody(MentorPhotoApi.url(accountId), stored.contentType(), stored.bytes().length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProfileBody body(MentorProfile profile) {
        return new ProfileBody(profile.mentorId(), profile.name(), profile.headline(), profile.bio(),
                profile.topics(), new Money(BigDecimal.valueOf(profile.priceMinor(), 2).toPlainString(),
                profile.currency()), profile.sessionMinutes(), profile.listed(),
                new Rating(profile.ratingAvg(), profile.ratingCount()),
                photos.has(profile.mentorId()) ? MentorPhotoApi.url(profile.mentorId()) : null);
    }
}
