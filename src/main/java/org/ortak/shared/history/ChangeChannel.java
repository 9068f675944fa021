package org.ortak.shared.history;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

import org.ortak.shared.security.ActorPrincipal;

/**
 * Through what a change came into the register. Pages and the API are told apart by how
 * the request was signed in; work without a signed-in request is the system's; an import,
 * a private link or a merge says so around its work:
 * {@code ChangeChannel.IMPORT.run(() -> organizations.create(...))}.
 */
public enum ChangeChannel {

	/** A signed-in person on the pages. */
	FORM,
	/** A program with an API token. */
	API,
	/** A file import. */
	IMPORT,
	/** Someone without an account, through a private link. */
	PRIVATE_LINK,
	/** Two records merged into one. */
	MERGE,
	/** Ortak itself: start-up data, scheduled work. */
	SYSTEM;

	private static final ThreadLocal<ChangeChannel> AROUND = new ThreadLocal<>();

	/** Runs the work as coming through this channel. */
	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs the work as coming through this channel and returns its result. A transaction
	 * already open keeps the channel until it ends, since its revision is written when it
	 * commits.
	 */
	public <T> T call(Supplier<T> work) {
		ChangeChannel outer = AROUND.get();
		AROUND.set(this);
		pinToTransaction();
		try {
			return work.get();
		}
		finally {
			if (outer != null) {
				AROUND.set(outer);
			}
			else {
				AROUND.remove();
			}
		}
	}

	private void pinToTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(ChangeChannel.class)) {
			TransactionSynchronizationManager.bindResource(ChangeChannel.class, this);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChangeChannel.class);
				}
			});
		}
	}

	/** The channel of the work going on now. */
	public static ChangeChannel current() {
		ChangeChannel around = AROUND.get();
		if (around != null) {
			return around;
		}
		if (TransactionSynchronizationManager.getResource(ChangeChannel.class) instanceof ChangeChannel pinned) {
			return pinned;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& RequestContextHolder.getRequestAttributes() != null) {
			return principal.viaApiToken() ? API : FORM;
		}
		return SYSTEM;
	}

}
