package org.ortak.shared.files;

import java.util.Collection;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files kept in step with the rows that name them: a file written for a row that is not
 * committed is removed, and a file a committed change let go of is removed once it is.
 * Outside a transaction what would wait for it happens at once.
 */
public final class StoredFiles {

	private StoredFiles() {
	}

	/** Removes the files unless the caller's transaction commits. */
	public static void removeUnlessCommitted(FileStorage storage, Collection<String> keys) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					keys.forEach(storage::delete);
				}
			}
		});
	}

	/**
	 * Removes the files once the caller's transaction commits (none when it does not).
	 */
	public static void removeAfterCommit(FileStorage storage, Collection<String> keys) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			keys.forEach(storage::delete);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(storage::delete);
			}
		});
	}

}
