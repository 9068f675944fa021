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

	boolean existsByActionIdAndIntoKindAndIntoId(Long actionId, AdoptedInto kind, UUID id);

	boolean existsByTopicIdAndPositionAndRecommendationAndIntoKindAndIntoId(Long topicId, int position,
			String recommendation, AdoptedInto kind, UUID id);

	/** Whether the public may see what took these up, as its status now says. */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update Adoption a set a.shown = :shown where a.intoKind = :kind and a.intoId in :ids")
	int reshow(AdoptedInto kind, java.util.Collection<UUID> ids, boolean shown);

}
