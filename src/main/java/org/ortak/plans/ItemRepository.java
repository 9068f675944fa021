package org.ortak.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<PlanItem, Long> {

	Optional<PlanItem> findByPublicId(UUID publicId);

	List<PlanItem> findByPublicIdIn(Collection<UUID> publicIds);

	/** A plan's items, shallowest first, each level in its order. */
	@Query("select i from PlanItem i where i.planId = :planId order by i.depth, i.position, i.id")
	List<PlanItem> ofPlan(Long planId);

	@Query("select coalesce(max(i.position), 0) from PlanItem i where i.planId = :planId "
			+ "and ((:parentId is null and i.parentId is null) or i.parentId = :parentId)")
	int lastPosition(Long planId, Long parentId);

	boolean existsByParentId(Long parentId);

}
