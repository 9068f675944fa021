package org.ortak.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<ActionItem, Long> {

	Optional<ActionItem> findByPublicId(UUID publicId);

	@Query("select a from ActionItem a where a.eventId = :eventId order by a.dueOn nulls last, a.id")
	List<ActionItem> ofEvent(Long eventId);

	/**
	 * The board: what is pending first, the overdue first among it, then by due day; done
	 * and dropped after.
	 */
	@Query("""
			select a from ActionItem a where (:eventId is null or a.eventId = :eventId)
			and a.status in :statuses
			and (:owner is null or a.ownerOrganizationId = :owner or a.ownerPersonId = :owner)
			order by case when a.status in (org.ortak.events.ActionStatus.OPEN, org.ortak.events.ActionStatus.IN_PROGRESS)
			then (case when a.dueOn < :today then 0 else 1 end) else 2 end, a.dueOn nulls last, a.id""")
	Page<ActionItem> board(Long eventId, Collection<ActionStatus> statuses, UUID owner, LocalDate today,
			Pageable pageable);

}
