package org.ortak.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down whoever guesses: passwords at sign-in, current passwords, API tokens and
 * reset requests. A miss is kept in a transaction of its own, so that it counts even when
 * the refusal rolls the caller's back. Every miss and lock is logged with the address.
 */
@Service
class Throttle {

	private static final Logger log = LoggerFactory.getLogger(Throttle.class);

	private final AttemptsRepository attempts;

	private final Clock clock;

	Throttle(AttemptsRepository attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/** Until when the latest of these locks holds, if any does now. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(Watched... watched) {
		Instant now = this.clock.instant();
		return this.attempts.findBySubjectIn(Arrays.stream(watched).map(Watched::subject).toList())
			.stream()
			.filter((attempts) -> attempts.lockedAt(now))
			.map(Attempts::lockedUntil)
			.max(Comparator.naturalOrder());
	}

	/** Counts a miss; answers until when it now locks, if it does. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Instant> missed(Watched watched, String address) {
		Instant now = this.clock.instant();
		String subject = watched.subject();
		Attempts attempts = this.attempts.findForUpdate(subject)
			.orElseGet(() -> this.attempts.save(new Attempts(subject)));
		attempts.missed(watched.guard().allowed(), now);
		log.warn("{} missed for '{}' from {} ({} in a row)", watched.guard(), watched.name(), address,
				attempts.failures());
		if (attempts.lockedAt(now)) {
			log.warn("{} locked for '{}' until {} after a miss from {}", watched.guard(), watched.name(),
					attempts.lockedUntil(), address);
			return Optional.of(attempts.lockedUntil());
		}
		return Optional.empty();
	}

	/** Notes an attempt refused because a lock holds. */
	void refused(Watched watched, Instant until, String address) {
		log.warn("{} refused for '{}' from {}: locked until {}", watched.guard(), watched.name(), address, until);
	}

	/** Forgets the misses: a success, a reset, or an admin lifting the lock. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clear(Watched... watched) {
		this.attempts.deleteAllById(Arrays.stream(watched).map(Watched::subject).toList());
	}

	/**
	 * Forgets every miss and lifts every lock, of accounts and of addresses: what an
	 * admin does when one client behind a shared address locked everyone out.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clearAll() {
		this.attempts.deleteAllInBatch();
	}

	/** One subject that is watched: a user name's key or an address, under a guard. */
	record Watched(Guard guard, String name) {

		static Watched account(Guard guard, String username) {
			return new Watched(guard, UserNames.key(username));
		}

		static Watched address(Guard guard, String address) {
			return new Watched(guard, String.valueOf(address));
		}

		String subject() {
			return this.guard.subject(this.name);
		}

	}

}
