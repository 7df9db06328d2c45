package io.mentorbot.web.onboarding;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.mentor.FieldRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's mentor application, as {@code /apply} files it: topics, a headline and a bio, checked by the core,
 * which tells the admins in Telegram (or approves it at once when no approval is required). One application waits
 * at a time; a mentor cannot apply.
 */
@RestController
@RequestMapping("/api/v1/me/mentor-application")
class MentorApplicationApi {

    private static final String PATH = "/api/v1/me/mentor-application";

    private final MentorOnboarding onboarding;
    private final FieldRefusal fields;

    MentorApplicationApi(MentorOnboarding onboarding, FieldRefusal fields) {
        this.onboarding = onboarding;
        this.fields = fields;
    }

    /** {@code topics}: topic codes (see {@code /api/v1/topics}); the headline and the bio are required, as in the bot. */
    record ApplicationRequest(String headline, String bio, @NotNull List<String> topics) {
    }

    /**
     * {@code status}: {@code PENDING}, {@code APPROVED} or {@code REJECTED}; {@code reason}: why it was rejected, as the
     * admin wrote it.
     */
    record ApplicationBody(long id, String status, List<String> topics, String headline, String bio, String reason,
                           Instant createdAt, Instant decidedAt) {

        static ApplicationBody of(Application a) {
            return new ApplicationBody(a.id(), a.status().name(), a.topics(), a.headline(), a.bio(), a.reason(),
                    a.createdAt(), a.decidedAt());
        }
    }

    @PostMapping
    ResponseEntity<?> apply(@AuthenticationPrincipal Long accountId, @Valid @RequestBody ApplicationRequest body,
                            Locale locale) {
        Application filed;
        try {
            filed = onboarding.apply(accountId, body.topics(), body.headline(), body.bio());
        } catch (ProfileProblem refused) {
            return switch (refused.kind()) {
                case ALREADY_MENTOR -> throw new ApiException(HttpStatus.CONFLICT, "already-mentor");
                case ALREADY_APPLIED -> throw new ApiException(HttpStatus.CONFLICT, "application-pending");
                default -> fields.answer(refused.field() == null ? "bio" : refused.field(),
                        "api.mentor.profile." + refused.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        locale, String.valueOf(refused.limit()));
            };
        }
        return ResponseEntity.created(URI.create(PATH)).body(ApplicationBody.of(filed));
    }

    /** The caller's latest application, pending or decided; 404 when they never applied. */
    @GetMapping
    ApplicationBody latest(@AuthenticationPrincipal Long accountId) {
        return onboarding.latestOf(accountId).map(ApplicationBody::of).orElseThrow(ApiException::notFound);
    }
}
