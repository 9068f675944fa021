package org.ortak.accounts;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Misses in a row for one subject (an account or an address), and until when it is
 * locked. In the database, so that every node sees the same and an admin can lift it.
 */
@Entity
@Table(name = "sign_in_throttle")
class Attempts {

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	/** Misses further apart than this start counting again. */
	static final Duration FORGOTTEN_AFTER = Duration.ofHours(24);

	@Id
	private String subject;

	private int failures;

	@Column(name = "last_failure_at")
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected Attempts() {
	}

	Attempts(String subject) {
		this.subject = subject;
	}

	/**
	 * Counts a miss; from the allowed number on, each locks for twice as long as the one
	 * before: 1 minute, 2, 4 … up to an hour.
	 */
	void missed(int allowed, Instant now) {
		if (this.lastFailureAt != null && this.lastFailureAt.isBefore(now.minus(FORGOTTEN_AFTER))) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailureAt = now;
		if (this.failures >= allowed) {
			int doublings = Math.min(this.failures - allowed, 6);
			Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
			this.lockedUntil = now.plus((lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock);
		}
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	int failures() {
		return this.failures;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

}
