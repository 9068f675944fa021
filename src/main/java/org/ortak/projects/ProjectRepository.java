package org.ortak.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findByPublicId(UUID publicId);

	List<Project> findByPublicIdIn(Collection<UUID> publicIds);

	/**
	 * The project, locked until the transaction ends, for the change its keeper makes.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.publicId = :publicId")
	Optional<Project> lockByPublicId(UUID publicId);

	/**
	 * The projects the reader may see ({@code all}: every one; otherwise those past their
	 * draft, those they keep and those the organizations they manage carry out) whose
	 * code or a title holds the words, aimed at one of the regions (when
	 * {@code anyRegion} is false) and carried out or funded by the organization (when one
	 * is named); the latest first.
	 */
	@Query("""
			select p from Project p
			where (:all = true or p.status <> org.ortak.projects.ProjectStatus.DRAFT
			       or exists (select 1 from Project k join k.coordinators c where k = p and c = :username)
			       or p.implementerId in :own
			       or exists (select 1 from Project k join k.partners o where k = p and o.organizationId in :own))
			and p.searchKey like :words
			and (:anyRegion = true or exists (select 1 from Project k join k.regions r where k = p and r in :regions))
			and (:organization is null or p.implementerId = :organization or p.funderId = :organization
			     or exists (select 1 from Project k join k.partners o where k = p and o.organizationId = :organization))
			order by p.startsOn desc nulls last, p.id desc""")
	Page<Project> search(boolean all, String username, Collection<UUID> own, String words, boolean anyRegion,
			Collection<UUID> regions, UUID organization, Pageable page);

	/** The projects whose activities include the event. */
	@Query("select p from Project p join p.events e where e = :eventId")
	List<Project> findByEvent(UUID eventId);

	List<Project> findByNetworkIdOrderById(UUID networkId);

	/** The projects serving an item of a plan. */
	List<Project> findByPlanItemId(UUID planItemId);

}
