package org.ortak.events;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * An event's places, decided one registration at a time under the event's row lock, so
 * that capacity is exact however many register at once, on any engine and any node: a
 * place while there is one, the waiting line after, and the first in line moves up when a
 * place frees or the capacity grows.
 */
@Component
class Places {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationMail.Sender mail;

	private final Clock clock;

	Places(EventRepository events, RegistrationRepository registrations, RegistrationMail.Sender mail, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.mail = mail;
		this.clock = clock;
	}

	/** Locks the event's places until the caller's transaction ends. */
	void lock(Event event) {
		this.events.lock(event.id());
	}

	/** Where a new registration goes; the caller holds the lock. */
	RegistrationStatus next(Event event) {
		Integer capacity = event.capacity();
		if (capacity == null) {
			return RegistrationStatus.CONFIRMED;
		}
		long confirmed = this.registrations.countByEventIdAndStatus(event.id(), RegistrationStatus.CONFIRMED);
		return (confirmed < capacity) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
	}

	/** Moves the waiting line up into every free place, telling each one promoted. */
	void fill(Event event) {
		lock(event);
		while (next(event) == RegistrationStatus.CONFIRMED) {
			Registration first = this.registrations
				.findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.id(), RegistrationStatus.WAITING)
				.orElse(null);
			if (first == null) {
				return;
			}
			first.promote(this.clock.instant());
			this.registrations.flush();
			this.mail.schedule(first, RegistrationMail.Kind.PROMOTED);
		}
	}

}
