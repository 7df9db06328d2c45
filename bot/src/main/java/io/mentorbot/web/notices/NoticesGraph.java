package io.mentorbot.web.notices;

import java.util.List;

import io.mentorbot.notices.NoticeDesk;
import io.mentorbot.web.ApiException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * GraphQL's {@code Me.notices(first)}: the caller's newest notices, as {@code GET /api/v1/me/notices} gives them.
 * {@code Me} itself is resolved only for a signed-in caller, whose notices these are.
 */
@Controller
class NoticesGraph {

    private final NoticeDesk desk;

    NoticesGraph(NoticeDesk desk) {
        this.desk = desk;
    }

    @SchemaMapping(typeName = "Me", field = "notices")
    List<NoticesApi.Item> notices(@Argument Integer first) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof Long accountId)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized");
        }
        int wanted = first == null ? 20 : first;
        if (wanted < 1 || wanted > NoticeDesk.MAX_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-request");
        }
        return desk.latest(accountId, wanted).stream().map(NoticesApi.Item::of).toList();
    }
}
