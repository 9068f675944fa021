package org.ortak.volunteering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

	Optional<Opportunity> findByPublicId(UUID publicId);

	/**
	 * The opportunity read with its row held until the transaction ends: sign-ups counted
	 * one at a time, against the opportunity as it is now.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Opportunity o where o.publicId = :publicId")
	Optional<Opportunity> lockByPublicId(UUID publicId);

	/**
	 * Opportunities whose title holds the words (as {@code Text.matchKey} folds them), of
	 * a network and a receiving organization, the open ones alone when asked; the latest
	 * starting first.
	 */
	@Query("""
			select o from Opportunity o where o.titleKey like :words
			and (:anyNetwork = true or o.networkId = :network)
			and (:anyOrganization = true or o.organizationId = :organization)
			and (:openOnly = false or o.open = true)
			order by o.open desc, o.startsOn desc nulls last, o.title, o.id""")
	Page<Opportunity> search(String words, boolean anyNetwork, UUID network, boolean anyOrganization, UUID organization,
			boolean openOnly, Pageable page);

}
