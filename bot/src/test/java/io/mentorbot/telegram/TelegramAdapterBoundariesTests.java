package io.mentorbot.telegram;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.reminders.ContextJobStore;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram adapter only translates: it reads the update, calls a module's service and renders the answer. The
 * use case itself (rights, the decision in the database, the audit entry, the event) belongs to the module, so that
 * the web adapter gets it by the same call.
 */
class TelegramAdapterBoundariesTests {

    private static final String ADAPTER = "io.mentorbot.telegram..";

    /** Writing to the admin audit log: {@code AdminAudit.record(..)}, {@code recordAutomatic(..)} and any later sibling. */
    private static final DescribedPredicate<JavaMethodCall> WRITING_AUDIT_ROWS = DescribedPredicate.describe(
            "AdminAudit.record*", call -> call.getTargetOwner().isAssignableTo(AdminAudit.class)
                    && call.getName().startsWith("record"));

    /**
     * Another module's persistence: Spring Data repositories anywhere, and the stores ({@code *Store}), row mappers
     * ({@code *Rows}) and repositories ({@code *Repository}) of every module but the adapter itself.
     */
    private static final DescribedPredicate<JavaClass> PERSISTENCE_OF_OTHER_MODULES = DescribedPredicate.describe(
            "repositories, stores or rows of another module",
            type -> type.isAssignableTo(Repository.class)
                    || type.getPackageName().startsWith("io.mentorbot.")
                    && !type.getPackageName().startsWith("io.mentorbot.telegram")
                    && topLevelName(type).matches(".*(Store|Rows|Repository)"));

    /**
     * The adapter's own tables, the only SQL it may run: the update inbox ({@code telegram_updates}) and the replies
     * waiting after commit ({@code telegram_replies}) in {@code intake}, the outgoing messages ({@code outbox}), and the
     * open conversations ({@code conversations}, through {@code dialog.ConversationStore} only: the dialogs themselves
     * hold no SQL).
     */
    private static final DescribedPredicate<JavaClass> KEEPER_OF_THE_ADAPTERS_OWN_TABLES = DescribedPredicate.describe(
            "the intake, the outbox or the conversation store",
            type -> type.getPackageName().startsWith("io.mentorbot.telegram.intake")
                    || type.getPackageName().startsWith("io.mentorbot.telegram.outbox")
                    || topLevelName(type).equals("io.mentorbot.telegram.dialog.ConversationStore"));

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mentorbot");

    private static final ArchRule NO_AUDIT_WRITES = noClasses().that().resideInAPackage(ADAPTER)
            .should().callMethodWhere(WRITING_AUDIT_ROWS)
            .because("an audited admin action is a use case of its module, which records it in its own transaction");

    private static final ArchRule NO_REPOSITORIES_OF_OTHER_MODULES = noClasses().that().resideInAPackage(ADAPTER)
            .should().dependOnClassesThat(PERSISTENCE_OF_OTHER_MODULES)
            .because("the adapter calls module services, never another module's persistence");

    private static final ArchRule SQL_ONLY_ON_THE_ADAPTERS_OWN_TABLES = noClasses().that().resideInAPackage(ADAPTER)
            .and(not(KEEPER_OF_THE_ADAPTERS_OWN_TABLES))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..",
                    "java.sql..", "javax.sql..")
            .because("a screen or dialog that runs SQL decides a use case outside its module");

    private static final ArchRule NO_SANDBOX = noClasses().that().resideInAPackage(ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("io.mentorbot.sandbox..")
            .because("the sandbox plugs into the adapter (it offers a LocalBotApi), not the other way round");

    @Test
    void theAdapterWritesNoAuditRows() {
        NO_AUDIT_WRITES.check(APPLICATION);
    }

    @Test
    void theAdapterTouchesNoRepositoryOfAnotherModule() {
        NO_REPOSITORIES_OF_OTHER_MODULES.check(APPLICATION);
    }

    @Test
    void theAdapterRunsSqlOnlyOnItsOwnTables() {
        SQL_ONLY_ON_THE_ADAPTERS_OWN_TABLES.check(APPLICATION);
    }

    @Test
    void theAdapterDoesNotImportTheSandbox() {
        NO_SANDBOX.check(APPLICATION);
    }

    @Test
    void aScreenThatRecordsAnAdminActionItselfBreaksTheRule() {
        assertThat(NO_AUDIT_WRITES.evaluate(classes(AuditingScreen.class)).hasViolation()).isTrue();
    }

    @Test
    void aScreenThatOnlyReadsTheAuditLogKeepsTheRule() {
        assertThat(NO_AUDIT_WRITES.evaluate(classes(AuditReadingScreen.class)).hasViolation()).isFalse();
    }

    @Test
    void aScreenThatUsesAnotherModulesStoreBreaksTheRule() {
        assertThat(NO_REPOSITORIES_OF_OTHER_MODULES.evaluate(classes(StoreReadingScreen.class)).hasViolation())
                .isTrue();
    }

    @Test
    void aScreenThatUsesASpringDataRepositoryBreaksTheRule() {
        assertThat(NO_REPOSITORIES_OF_OTHER_MODULES.evaluate(classes(RepositoryScreen.class)).hasViolation())
                .isTrue();
    }

    @Test
    void aScreenWithItsOwnSqlBreaksTheRule() {
        assertThat(SQL_ONLY_ON_THE_ADAPTERS_OWN_TABLES.evaluate(classes(SqlScreen.class)).hasViolation()).isTrue();
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }

    private static String topLevelName(JavaClass type) {
        return type.getName().replaceFirst("\\$.*$", "");
    }

    /** The regression the audit rule is for: a screen that records an admin action itself. */
    static class AuditingScreen {
        void block(AdminAudit audit, long adminId, long userId) {
            audit.record(adminId, "block", AdminAudit.user(userId), "active", "blocked");
        }
    }

    static class AuditReadingScreen {
        int entries(AdminAudit audit) {
            return audit.latest(10).size();
        }
    }

    /** Most stores are package-private, so the compiler already keeps the adapter out; this one is public. */
    static class StoreReadingScreen {
        String jobs(ContextJobStore store) {
            return store.getInstanceName();
        }
    }

    static class RepositoryScreen {
        interface Accounts extends Repository<Object, Long> {
            long count();
        }

        long accounts(Accounts accounts) {
            return accounts.count();
        }
    }

    static class SqlScreen {
        long users(JdbcClient jdbc) {
            return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
        }
    }
}
