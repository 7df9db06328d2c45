package io.mentorbot.web.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.accounts.Account;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.slots.SlotView;

/** What the admin API answers: the records of its lists and actions, made from the core's views. */
final class AdminViews {

    private AdminViews() {
    }

    /** One page of a list: {@code page} is 0-based, {@code total} counts every match. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A price: {@code amount} in minor units (kopiyky, cents), with its ISO 4217 currency. */
    record Money(long amount, String currency) {
    }

    record AdminUser(long id, Long telegramId, String firstName, String lastName, String username, String language,
                     String timeZone, List<String> roles, Instant adminUntil, boolean blocked, String email,
                     Instant createdAt, Instant lastSeenAt) {

        /** {@code admin} is whether the account is an admin now (a lapsed grant is not). */
        static AdminUser of(Account account, boolean admin) {
            List<String> roles = new ArrayList<>(List.of("STUDENT"));
            if (account.isMentor()) {
                roles.add("MENTOR");
            }
            if (admin) {
                roles.add("ADMIN");
            }
            return new AdminUser(account.id(), account.telegramId(), account.firstName(), account.lastName(),
                    account.username(), account.language().code(), account.zone().getId(), roles,
                    admin ? account.adminUntil().orElse(null) : null, account.isBlocked(), account.email(),
                    account.createdAt(), account.lastSeenAt());
        }
    }

    record AdminMentor(long id, String name, String username, String headline, List<String> topics, Money price,
                       int sessionMinutes, boolean listed, BigDecimal ratingAvg, int ratingCount) {

        static AdminMentor of(MentorProfile profile) {
            return new AdminMentor(profile.mentorId(), profile.name(), profile.username(), profile.headline(),
                    profile.topics(), new Money(profile.priceMinor(), profile.currency()), profile.sessionMinutes(),
                    profile.listed(), profile.ratingAvg(), profile.ratingCount());
        }
    }

    /** {@code studentName} names who holds the slot while a booking is active; {@code null} otherwise. */
    record AdminSlot(long id, long mentorId, Instant startsAt, Instant endsAt, String status, String studentName) {

        static AdminSlot of(SlotView slot) {
            return new AdminSlot(slot.id(), slot.mentorId(), slot.startsAt(), slot.endsAt(), slot.status().name(),
                    slot.studentName());
        }
    }

    record AdminBooking(long id, long slotId, long mentorId, String mentorName, long studentId, String studentName,
                        Instant startsAt, Instant endsAt, String status, String note, Money price,
                        String cancelReason) {

        static AdminBooking of(BookingView booking) {
            return new AdminBooking(booking.id(), booking.slotId(), booking.mentorId(), booking.mentorName(),
                    booking.studentId(), booking.studentName(), booking.startsAt(), booking.endsAt(),
                    booking.status().name(), booking.note(), new Money(booking.priceMinor(), booking.currency()),
                    booking.cancelReason());
        }
    }

    /** {@code reason} is why it was rejected; {@code null} otherwise. */
    record AdminApplication(long id, long userId, List<String> topics, String headline, String bio, String status,
                            String reason, Instant createdAt, Instant decidedAt) {

        static AdminApplication of(Application application) {
            return new AdminApplication(application.id(), application.userId(), application.topics(),
                    application.headline(), application.bio(), application.status().name(), application.reason(),
                    application.createdAt(), application.decidedAt());
        }
    }
}
