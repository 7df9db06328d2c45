package io.mentorbot.web.admin;

import io.mentorbot.web.ApiException;
import org.springframework.http.HttpStatus;

/** The refusals the admin actions answer, as problems whose texts are {@code problem.<name>.*}. */
final class AdminRefusals {

    private AdminRefusals() {
    }

    /** Nothing to change: it is so already (someone may have made the same change a moment earlier). */
    static ApiException already() {
        return new ApiException(HttpStatus.CONFLICT, "admin-already");
    }

    static ApiException ownAccount() {
        return new ApiException(HttpStatus.CONFLICT, "admin-own-account");
    }

    /** A configured admin's rights have no end: they are not blocked, granted or revoked here. */
    static ApiException permanentAdmin() {
        return new ApiException(HttpStatus.CONFLICT, "admin-permanent");
    }

    /** Lasting rights (mentor, admin) are given and taken only by a configured admin. */
    static ApiException configuredAdminOnly() {
        return new ApiException(HttpStatus.FORBIDDEN, "admin-configured-only");
    }

    /** The database no longer holds the caller for an admin (a grant that ended a moment ago). */
    static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden");
    }

    /** The core refused the change in the state the thing is in now (a slot booked, a booking over ...). */
    static ApiException conflict(String name) {
        return new ApiException(HttpStatus.CONFLICT, name);
    }
}
