package io.mentorbot.web.student;

import java.time.ZoneId;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes the caller's own settings through {@link AccountDesk}, as the bot's /language and /timezone do; fields left
 * out stay as they are. Answers 204: {@code GET /api/v1/me} shows the account as it now is. Names can be changed only
 * for an account without Telegram (409 {@code name-from-telegram} otherwise: Telegram's names come back at every
 * visit to the bot).
 */
@RestController
class AccountApi {

    private final AccountDesk accounts;

    AccountApi(AccountDesk accounts) {
        this.accounts = accounts;
    }

    record Changes(@Size(max = 64) String firstName, @Size(max = 64) String lastName,
                   @Pattern(regexp = "uk|en") String language, @IanaZone String timeZone) {
    }

    @PatchMapping("/api/v1/me")
    ResponseEntity<Void> change(@AuthenticationPrincipal Long accountId, @Valid @RequestBody Changes changes) {
        Account account = accounts.find(accountId).orElseThrow(ApiException::notFound);
        if (changes.firstName() != null || changes.lastName() != null) {
            String first = changes.firstName() != null ? changes.firstName() : account.firstName();
            String last = changes.lastName() != null ? changes.lastName() : account.lastName();
            if (accounts.rename(accountId, first, last).isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "name-from-telegram");
            }
        }
        if (changes.language() != null) {
            accounts.changeLanguage(accountId, Language.fromTag(changes.language()).orElseThrow());
        }
        if (changes.timeZone() != null) {
            accounts.changeTimeZone(accountId, ZoneId.of(changes.timeZone()));
        }
        return ResponseEntity.noContent().build();
    }
}
