package org.ortak.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, Long> {

	@Query("select t from Topic t where t.eventId = :eventId order by t.position")
	List<Topic> topicsOf(Long eventId);

	Optional<Topic> findByPublicId(UUID publicId);

}
