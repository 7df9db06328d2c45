package io.mentorbot.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mail.CodeCheck.Result;
import io.mentorbot.mail.VerificationStore.Pending;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's e-mail address: proven by a six-digit code sent there and typed back, only then stored (verified) on the
 * account. A code is stored only as a salted hash, lasts {@link MailSettings#codeValidity()} and survives
 * {@link MailSettings#codeAttempts()} wrong tries.
 */
@Service
public class EmailDesk {

    private final AccountDesk accounts;
    private final VerificationStore verifications;
    private final Postbox postbox;
    private final Letters letters;
    private final MailSettings settings;
    private final Clock clock;

    EmailDesk(AccountDesk accounts, VerificationStore verifications, Postbox postbox, Letters letters,
              MailSettings settings, Clock clock) {
        this.accounts = accounts;
        this.verifications = verifications;
        this.postbox = postbox;
        this.letters = letters;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether this platform sends e-mail at all (an SMTP server is configured). */
    public boolean available() {
        return postbox.isOpen();
    }

    /** How long a code can be used. */
    public Duration codeValidity() {
        return settings.codeValidity();
    }

    /** Sends a fresh code to the address the person typed; a code sent before stops working. */
    @Transactional
    public CodeRequest requestCode(long accountId, String typed) {
        Optional<String> parsed = EmailAddress.parse(typed);
        if (parsed.isEmpty()) {
            return CodeRequest.of(CodeRequest.Result.INVALID_ADDRESS, null);
        }
        String address = parsed.get();
        if (!postbox.isOpen()) {
            return CodeRequest.of(CodeRequest.Result.UNAVAILABLE, address);
        }
        Account account = accounts.find(accountId).orElseThrow();
        Instant now = clock.instant();
        String code = VerificationCode.next();
        String salt = VerificationCode.salt();
        if (!verifications.replace(accountId, address, salt, VerificationCode.hash(salt, code), now,
                now.plus(settings.codeValidity()), now.minus(settings.resendAfter()))) {
            Duration wait = verifications.sentAt(accountId)
                    .map(sent -> Duration.between(now, sent.plus(settings.resendAfter())))
                    .filter(left -> !left.isNegative()).orElse(settings.resendAfter());
            return new CodeRequest(CodeRequest.Result.TOO_SOON, address, wait);
        }
        if (!postbox.send(letters.verification(account, address, code, settings.codeValidity()))) {
            verifications.delete(accountId);
            return CodeRequest.of(CodeRequest.Result.NOT_SENT, address);
        }
        return CodeRequest.of(CodeRequest.Result.SENT, address);
    }

    /** Checks a code typed back; the right one, in time and within the tries, makes the address the account's. */
    @Transactional
    public CodeCheck confirm(long accountId, String code) {
        Optional<Pending> found = verifications.lock(accountId);
        if (found.isEmpty()) {
            return new CodeCheck(Result.NONE_PENDING, null, 0);
        }
        Pending pending = found.get();
        if (!clock.instant().isBefore(pending.expiresAt())) {
            verifications.delete(accountId);
            return new CodeCheck(Result.EXPIRED, pending.email(), 0);
        }
        if (VerificationCode.matches(pending.salt(), pending.hash(), code.strip())) {
            verifications.delete(accountId);
            accounts.verifyEmail(accountId, pending.email());
            return new CodeCheck(Result.VERIFIED, pending.email(), 0);
        }
        int failures = verifications.countFailure(accountId);
        if (failures >= settings.codeAttempts()) {
            verifications.delete(accountId);
            return new CodeCheck(Result.TOO_MANY_TRIES, pending.email(), 0);
        }
        return new CodeCheck(Result.WRONG, pending.email(), settings.codeAttempts() - failures);
    }

    /** Forgets the account's address and any code waiting; true when there was an address. */
    @Transactional
    public boolean remove(long accountId) {
        verifications.delete(accountId);
        return accounts.removeEmail(accountId);
    }
}
