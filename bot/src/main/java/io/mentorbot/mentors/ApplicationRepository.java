package io.mentorbot.mentors;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByUserIdAndStatus(long userId, Application.Status status);

    Optional<Application> findFirstByUserIdOrderByIdDesc(long userId);

    /**
     * Decides a pending application, unless it is the deciding admin's own; 0 when it was decided already (by someone
     * else, or twice) or it is theirs. The one statement decides, so two admins at once decide it once.
     */
    @Modifying
    @Transactional
    @Query("""
            UPDATE Application a SET a.status = :decision, a.decidedBy = :admin, a.reason = :reason,
                   a.decidedAt = instant
             WHERE a.id = :id AND a.status = PENDING AND a.userId IS DISTINCT FROM :admin
            """)
    int decide(long id, Long admin, Application.Status decision, String reason);
}
