package io.mentorbot.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByTelegramId(long telegramId);

    Optional<Account> findFirstByUsernameIgnoreCaseAndDeletedFalse(String username);

    List<Account> findByAdminTrueAndDeletedFalse();

    List<Account> findByMentorTrueAndDeletedFalse();

    List<Account> findByAdminUntilLessThanEqual(java.time.Instant until);

    List<Account> findByChatId(long chatId);

    /** Which of the accounts are admins at {@code now}, by the rule of {@link #isAdminAt}. */
    @Query("""
            SELECT a.id FROM Account a
             WHERE a.id IN :ids AND a.admin = true AND a.deleted = false AND a.blocked = false
               AND (a.adminUntil IS NULL OR a.adminUntil > :now)""")
    List<Long> adminsAmongAt(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    /** Whether the account is an admin at {@code now}: flagged, not erased or blocked, any temporary grant running. */
    @Query("""
            SELECT count(a) > 0 FROM Account a
             WHERE a.id = :id AND a.admin = true AND a.deleted = false AND a.blocked = false
               AND (a.adminUntil IS NULL OR a.adminUntil > :now)""")
    boolean isAdminAt(@Param("id") long id, @Param("now") java.time.Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Account a SET a.mentor = :mentor WHERE a.id = :id AND a.mentor <> :mentor AND a.deleted = false")
    int changeMentorRole(@Param("id") long id, @Param("mentor") boolean mentor);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Account a SET a.blocked = :blocked WHERE a.id = :id AND a.blocked <> :blocked")
    int changeBlocked(@Param("id") long id, @Param("blocked") boolean blocked);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Account a SET a.admin = true, a.adminUntil = :until WHERE a.id = :id AND a.deleted = false")
    int grantAdminUntil(@Param("id") long id, @Param("until") java.time.Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE Account a SET a.admin = false, a.adminUntil = NULL
             WHERE a.id = :id AND (a.admin = true OR a.adminUntil IS NOT NULL)""")
    int revokeAdminGrant(@Param("id") long id);

    @Query("SELECT a.id FROM Account a WHERE a.adminUntil <= :now ORDER BY a.id")
    List<Long> idsWithLapsedAdminGrants(@Param("now") java.time.Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Account a SET a.admin = false, a.adminUntil = NULL WHERE a.id = :id AND a.adminUntil <= :now")
    int endAdminGrantIfLapsed(@Param("id") long id, @Param("now") java.time.Instant now);
}
