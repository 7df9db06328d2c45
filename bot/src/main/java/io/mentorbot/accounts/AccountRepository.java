package io.mentorbot.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByTelegramId(long telegramId);

    Optional<Account> findFirstByUsernameIgnoreCaseAndDeletedFalse(String username);

    List<Account> findByAdminTrueAndDeletedFalse();

    List<Account> findByMentorTrueAndDeletedFalse();

    List<Account> findByAdminUntilLessThanEqual(java.time.Instant until);

    List<Account> findByChatId(long chatId);
}
