package org.ortak.plans;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

	Optional<Plan> findByPublicId(UUID publicId);

	/**
	 * The plan, locked until the transaction ends: its tree changes one change at a time,
	 * so that two moves never make a cycle or a fifth level between them.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Plan p where p.publicId = :publicId")
	Optional<Plan> lockByPublicId(UUID publicId);

	/**
	 * The plans the reader may see ({@code all}: every one; otherwise those past their
	 * draft, those they keep and those the organizations they manage own) whose code or a
	 * title holds the words (as {@code Text.matchKey} folds them); the latest first.
	 */
	@Query("""
			select p from Plan p
			where (:all = true or p.status <> org.ortak.plans.PlanStatus.DRAFT
			       or exists (select 1 from Plan k join k.coordinators c where k = p and c = :username)
			       or p.ownerOrganizationId in :own)
			and p.searchKey like :words
			order by p.startsOn desc nulls last, p.id desc""")
	Page<Plan> search(boolean all, String username, Collection<UUID> own, String words, Pageable page);

}
