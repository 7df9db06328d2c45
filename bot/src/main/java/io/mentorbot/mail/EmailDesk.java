package io.mentorbot.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mail.CodeCheck.Result;
import io.mentorbot.mail.SentCodes.Reservation;
import io.mentorbot.mail.VerificationStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's e-mail address: proven by a six-digit code sent there and typed back, only then stored (verified) on the
 * account. A code is stored only as a salted hash, lasts {@link MailSettings#codeValidity()} and survives
 * {@link MailSettings#codeAttempts()} wrong tries. No address gets more than {@link MailSettings#codesPerAddress()} codes
 * an hour, and the platform sends no more than {@link MailSettings#codesPerHour()}: a stranger cannot use the bot to
 * fill someone's inbox. The letter is fixed text and the code, nothing the person asking chose.
 */
@Service
public class EmailDesk {

    private static final Logger log = LoggerFactory.getLogger(EmailDesk.class);

    private final AccountDesk accounts;
    private final VerificationStore verifications;
    private final SentCodes sentCodes;
    private final Postbox postbox;
    private final Letters letters;
    private final MailSettings settings;
    private final Clock clock;

    EmailDesk(AccountDesk accounts, VerificationStore verifications, SentCodes sentCodes, Postbox postbox,
              Letters letters, MailSettings settings, Clock clock) {
        this.accounts = accounts;
        this.verifications = verifications;
        this.sentCodes = sentCodes;
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
        Reservation reservation = sentCodes.take(address, accountId, settings.codesPerAddress(),
                settings.codesPerHour(), now);
        if (reservation.refused() != null) {
            return refused(reservation, address, now);
        }
        String code = VerificationCode.next();
        String salt = VerificationCode.salt();
        if (!verifications.replace(accountId, address, salt, VerificationCode.hash(salt, code), now,
                now.plus(settings.codeValidity()), now.minus(settings.resendAfter()))) {
            sentCodes.giveBack(reservation.id());
            Duration wait = verifications.sentAt(accountId)
                    .map(sent -> Duration.between(now, sent.plus(settings.resendAfter())))
                    .filter(left -> !left.isNegative()).orElse(settings.resendAfter());
            return new CodeRequest(CodeRequest.Result.TOO_SOON, address, wait);
        }
        if (!postbox.send(letters.verification(account, address, code, settings.codeValidity()))) {
            verifications.delete(accountId);
            sentCodes.giveBack(reservation.id());
            return CodeRequest.of(CodeRequest.Result.NOT_SENT, address);
        }
        return CodeRequest.of(CodeRequest.Result.SENT, address);
    }

    private CodeRequest refused(Reservation reservation, String address, Instant now) {
        if (reservation.refused() == CodeRequest.Result.PLATFORM_LIMIT) {
            log.warn("E-mail codes: {} were sent within the last hour (MAIL_CODES_PER_HOUR); no more until {}",
                    settings.codesPerHour(), reservation.retryAt());
        } else {
            log.info("E-mail codes: {} already had {} within the last hour (MAIL_CODES_PER_ADDRESS)",
                    Postbox.masked(address), settings.codesPerAddress());
        }
        Duration wait = Duration.between(now, reservation.retryAt());
        return new CodeRequest(reservation.refused(), address, wait.isNegative() ? Duration.ZERO : wait);
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
