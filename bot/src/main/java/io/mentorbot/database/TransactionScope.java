package io.mentorbot.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept for the length of the current transaction (Spring's transaction resources) and dropped when it ends,
 * committed or rolled back: what a turn already knows, so that later steps of the same transaction need not ask the
 * database again.
 */
public final class TransactionScope {

    private TransactionScope() {
    }

    /**
     * Keeps {@code value} under {@code key} until the current transaction ends, replacing what was kept there; outside
     * a transaction keeps nothing and returns false.
     */
    public static boolean keep(Object key, Object value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        if (TransactionSynchronizationManager.getResource(key) != null) {
            TransactionSynchronizationManager.unbindResource(key);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(key, value);
        return true;
    }

    /** What the current transaction keeps under {@code key}, or null. */
    public static Object get(Object key) {
        return TransactionSynchronizationManager.getResource(key);
    }

    /** Stops keeping what is kept under {@code key}, if anything. */
    public static void forget(Object key) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
}
