package org.ortak.networks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

	Optional<Contribution> findByPublicId(UUID publicId);

	/**
	 * The lines the reader may see: the public, all for keepers, its own for a
	 * contributor.
	 */
	@Query("""
			select c from Contribution c where c.networkId = :networkId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			order by c.contributedOn desc, c.id desc""")
	List<Contribution> visible(Long networkId, boolean all, Collection<UUID> own);

	/**
	 * Sums per contributor, kind, year, currency and status, of the lines the reader may
	 * see.
	 */
	@Query("""
			select c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status,
			       sum(c.amount), sum(c.hours), sum(coalesce(c.persons, 0)), count(c)
			from Contribution c where c.networkId = :networkId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			group by c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status
			order by extract(year from c.contributedOn) desc, c.kind, c.currency""")
	List<Object[]> totals(Long networkId, boolean all, Collection<UUID> own);

	/**
	 * The lines of the network's ledger made to one of its joint projects, as
	 * {@link #visible}.
	 */
	@Query("""
			select c from Contribution c where c.networkId = :networkId and c.projectId = :projectId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			order by c.contributedOn desc, c.id desc""")
	List<Contribution> visibleForProject(Long networkId, UUID projectId, boolean all, Collection<UUID> own);

	/** Their sums, as {@link #totals}. */
	@Query("""
			select c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status,
			       sum(c.amount), sum(c.hours), sum(coalesce(c.persons, 0)), count(c)
			from Contribution c where c.networkId = :networkId and c.projectId = :projectId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			group by c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status
			order by extract(year from c.contributedOn) desc, c.kind, c.currency""")
	List<Object[]> totalsForProject(Long networkId, UUID projectId, boolean all, Collection<UUID> own);

	@Query("select c from Contribution c where c.personId = :personId")
	List<Contribution> ofPerson(UUID personId);

	/**
	 * Organizations that gave to networks between the days, of the lines the reader may
	 * see: network id, name, organization.
	 */
	@Query("""
			select distinct n.publicId, n.name, c.organizationId from Contribution c, Network n
			where n.id = c.networkId and c.organizationId is not null
			and c.contributedOn >= :from and c.contributedOn <= :to
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own
			     or exists (select 1 from Network k join k.coordinators u where k = n and u = :username))""")
	List<Object[]> organizationLinks(java.time.LocalDate from, java.time.LocalDate to, boolean all,
			Collection<UUID> own, String username);

	/**
	 * The lines given at an event outside any network, as {@link #visible} reads them.
	 */
	@Query("""
			select c from Contribution c where c.networkId is null and c.eventId = :eventId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			order by c.contributedOn desc, c.id desc""")
	List<Contribution> visibleAtEvent(UUID eventId, boolean all, Collection<UUID> own);

	/** Their sums, as {@link #totals} sums a network's. */
	@Query("""
			select c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status,
			       sum(c.amount), sum(c.hours), sum(coalesce(c.persons, 0)), count(c)
			from Contribution c where c.networkId is null and c.eventId = :eventId
			and (:all = true or c.visibility = org.ortak.networks.ContributionVisibility.PUBLIC
			     or c.organizationId in :own)
			group by c.organizationId, c.kind, extract(year from c.contributedOn), c.currency, c.status
			order by extract(year from c.contributedOn) desc, c.kind, c.currency""")
	List<Object[]> totalsAtEvent(UUID eventId, boolean all, Collection<UUID> own);

}
