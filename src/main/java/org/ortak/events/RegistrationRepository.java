package org.ortak.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByPublicId(UUID publicId);

	Optional<Registration> findByTokenHash(String tokenHash);

	Optional<Registration> findByEventIdAndEmailKey(Long eventId, String emailKey);

	long countByEventIdAndStatus(Long eventId, RegistrationStatus status);

	/** The first in the waiting line. */
	Optional<Registration> findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(Long eventId,
			RegistrationStatus status);

	@Query("""
			select r from Registration r where r.eventId = :eventId
			and (:status is null or r.status = :status)
			order by case r.status when org.ortak.events.RegistrationStatus.CONFIRMED then 0
			when org.ortak.events.RegistrationStatus.WAITING then 1 else 2 end, r.registeredAt, r.id""")
	Page<Registration> findByEvent(Long eventId, RegistrationStatus status, Pageable pageable);

	@Query("select r from Registration r where r.eventId = :eventId order by r.registeredAt, r.id")
	List<Registration> findAllOfEvent(Long eventId);

	List<Registration> findByPersonId(UUID personId);

	/** How many wait ahead of this one. */
	@Query("""
			select count(r) from Registration r where r.eventId = :eventId and r.id <> :id
			and r.status = org.ortak.events.RegistrationStatus.WAITING
			and (r.registeredAt < :registeredAt or (r.registeredAt = :registeredAt and r.id < :id))""")
	long countAhead(Long eventId, java.time.Instant registeredAt, Long id);

	@Query("""
			select r from Registration r, Event e where e.id = r.eventId
			and r.status = org.ortak.events.RegistrationStatus.CONFIRMED and r.remindedAt is null
			and e.cancelled = false and e.startsAt > :now and e.startsAt <= :until""")
	List<Registration> dueForReminder(java.time.Instant now, java.time.Instant until);

	/** The people who came to any of the events, each once. */
	@Query("""
			select distinct r.personId from Registration r where r.eventId in :eventIds
			and r.status = org.ortak.events.RegistrationStatus.CONFIRMED and r.checkedInAt is not null""")
	List<UUID> peopleWhoCame(Collection<Long> eventIds);

	/** How many times someone came to one of the events. */
	@Query("""
			select count(r) from Registration r where r.eventId in :eventIds
			and r.status = org.ortak.events.RegistrationStatus.CONFIRMED and r.checkedInAt is not null""")
	long countWhoCame(Collection<Long> eventIds);

	/** Counts by event and status, for lists of events. */
	@Query("select r.eventId, r.status, count(r) from Registration r where r.eventId in :eventIds group by r.eventId, r.status")
	List<Object[]> countsOf(Collection<Long> eventIds);

	boolean existsByInvitationIdAndStatusNot(Long invitationId, RegistrationStatus status);

	@org.springframework.data.jpa.repository.Query("""
			select r.invitationId, count(r) from Registration r
			where r.eventId = :eventId and r.invitationId is not null
			and r.status <> org.ortak.events.RegistrationStatus.CANCELLED group by r.invitationId""")
	List<Object[]> countByInvitation(Long eventId);

}
