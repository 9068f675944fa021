package org.ortak.events;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

	@Query("select a from Adoption a where a.eventId = :eventId order by a.topicId, a.position, a.id")
	List<Adoption> ofEvent(Long eventId);

	@Query("select a from Adoption a where a.intoKind = :kind and a.intoId = :id order by a.createdAt, a.id")
	List<Adoption> into(AdoptedInto kind, UUID id);

	boolean existsByTopicIdAndPositionAndIntoKindAndIntoId(Long topicId, int position, AdoptedInto kind, UUID id);

}
