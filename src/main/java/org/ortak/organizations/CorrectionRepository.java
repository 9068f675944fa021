package org.ortak.organizations;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

	Optional<Correction> findByPublicId(UUID publicId);

	boolean existsByLinkNonce(String linkNonce);

	@Query("select c from Correction c where c.status = 'PENDING' order by c.createdAt, c.id")
	Page<Correction> findPending(Pageable pageable);

	/** What waits for a merged duplicate waits for its survivor. */
	@Modifying
	@Query("update Correction c set c.organizationId = :survivor where c.organizationId = :merged and c.status = 'PENDING'")
	int moveTo(UUID merged, UUID survivor);

}
