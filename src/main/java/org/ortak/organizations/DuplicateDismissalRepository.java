package org.ortak.organizations;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuplicateDismissalRepository extends JpaRepository<DuplicateDismissal, Long> {

	@Query("select count(d) > 0 from DuplicateDismissal d where d.firstId = :firstId and d.secondId = :secondId")
	boolean dismissed(UUID firstId, UUID secondId);

}
