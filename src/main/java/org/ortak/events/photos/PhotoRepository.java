package org.ortak.events.photos;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PhotoRepository extends JpaRepository<EventPhoto, Long> {

	Optional<EventPhoto> findByPublicId(UUID publicId);

	List<EventPhoto> findByPublicIdIn(Collection<UUID> publicIds);

	@Query("select p from EventPhoto p where p.eventId = :eventId order by p.uploadedAt, p.id")
	List<EventPhoto> ofEvent(UUID eventId);

	@Query("select distinct p from EventPhoto p join p.people who where who = :personId")
	List<EventPhoto> showing(UUID personId);

}
