package org.ortak.networks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

	Optional<Network> findByPublicId(UUID publicId);

	/** Holds the network's row until the transaction ends. */
	@Query(value = "select id from network where id = :id for update", nativeQuery = true)
	List<Long> lock(Long id);

	Optional<Network> findByOrganizationId(UUID organizationId);

	List<Network> findByOrganizationIdIn(Collection<UUID> organizationIds);

	List<Network> findByIdIn(Collection<Long> ids);

	/**
	 * Networks whose name in any language holds the words (as {@code Text.matchKey} folds
	 * them), of a kind, in regions.
	 */
	@Query("""
			select distinct n from Network n join n.texts t
			where (:kind is null or n.kind = :kind)
			and (:anyRegion = true or n.regionId in :regions)
			and t.nameKey like :words
			order by n.name, n.id""")
	Page<Network> search(String words, NetworkKind kind, boolean anyRegion, Collection<UUID> regions, Pageable page);

	/** Networks embodied by an organization: network id, name, organization. */
	@Query("select n.publicId, n.name, n.organizationId from Network n where n.organizationId is not null")
	List<Object[]> embodied();

}
