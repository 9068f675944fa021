package org.ortak.volunteering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignupRepository extends JpaRepository<Signup, Long> {

	Optional<Signup> findByPublicId(UUID publicId);

	Optional<Signup> findByTokenHash(String tokenHash);

	Optional<Signup> findByOpportunityIdAndPersonId(Long opportunityId, UUID personId);

	List<Signup> findByOpportunityIdOrderBySignedUpAtAscIdAsc(Long opportunityId);

	List<Signup> findByPersonIdOrderBySignedUpAtAscIdAsc(UUID personId);

	@Query("select count(s) from Signup s where s.opportunityId = :opportunityId and s.withdrawn = false")
	long countActive(Long opportunityId);

	@Query("""
			select s.opportunityId, count(s) from Signup s where s.opportunityId in :opportunityIds
			and s.withdrawn = false group by s.opportunityId""")
	List<Object[]> countActive(Collection<Long> opportunityIds);

}
