package org.ortak.volunteering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoursRepository extends JpaRepository<Hours, Long> {

	Optional<Hours> findByPublicId(UUID publicId);

	List<Hours> findBySignupIdInOrderByWorkedOnAscIdAsc(Collection<Long> signupIds);

	/**
	 * Confirmed hours summed by the database per company the volunteers came from and per
	 * receiving organization, with the volunteers counted once each, of a network's
	 * opportunities (or all), worked between the two days.
	 */
	@Query("""
			select s.companyId, o.organizationId, count(distinct s.personId), sum(h.hours)
			from Hours h, Signup s, Opportunity o
			where s.id = h.signupId and o.id = s.opportunityId
			and h.status = org.ortak.volunteering.HoursStatus.CONFIRMED
			and (:anyNetwork = true or o.networkId = :network)
			and h.workedOn >= :from and h.workedOn <= :to
			group by s.companyId, o.organizationId
			order by sum(h.hours) desc""")
	List<Object[]> totals(boolean anyNetwork, UUID network, LocalDate from, LocalDate to);

}
