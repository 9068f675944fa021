package org.ortak.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	Optional<Event> findByPublicId(UUID publicId);

	/**
	 * Takes the event's row lock until the transaction ends: registrations of one event
	 * are decided one after the other, on every engine and every node.
	 */
	@Query(value = "select id from event where id = :id for update", nativeQuery = true)
	Long lock(Long id);

	List<Event> findByPreparesOrderByStartsAt(Event prepares);

	List<Event> findBySeriesOrderByEditionAscStartsAtAsc(Series series);

	@Query("select coalesce(max(e.edition), 0) from Event e where e.series = :series")
	int lastEdition(Series series);

	@Query("""
			select e from Event e join e.organizations o
			where o.organizationId = :organizationId and e.visibility = org.ortak.events.Visibility.PUBLIC
			order by e.startsAt desc""")
	List<Event> publicEventsOf(UUID organizationId, Pageable pageable);

	@Query("""
			select count(r) > 0 from Registration r join Event e on e.id = r.eventId
			where r.personId = :personId and :username member of e.coordinators""")
	boolean coordinatesEventOf(String username, UUID personId);

	@Query("select e from Event e where e.publicId in :ids")
	List<Event> findByPublicIds(Collection<UUID> ids);

	/**
	 * Organizations of events not cancelled, starting between the days, public or all:
	 * event id, title, organization, role.
	 */
	@Query("""
			select e.publicId, e.title, o.organizationId, o.role from Event e join e.organizations o
			where e.cancelled = false and e.startsOn >= :from and e.startsOn <= :to
			and (:all = true or e.visibility = org.ortak.events.Visibility.PUBLIC)""")
	java.util.List<Object[]> organizers(java.time.LocalDate from, java.time.LocalDate to, boolean all);

}
