package io.mentorbot.admin;

import io.mentorbot.bookings.BookingCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records an admin's cancellation of a booking in the audit log, in the cancelling transaction: the entry and the
 * cancellation stand or fall together, whichever front end the admin used.
 */
@Component
class BookingCancellationAudit {

    private final AdminAudit audit;

    BookingCancellationAudit(AdminAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BookingCancelled event) {
        if (event.by() != BookingCancelled.By.ADMIN) {
            return;
        }
        audit.record(event.actorId(), "cancel-booking", "booking:" + event.bookingId(),
                "status=" + event.previousStatus(), "status=CANCELLED, reason=" + event.reason());
    }
}
