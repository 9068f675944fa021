package org.ortak.agreements;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObligationRepository extends JpaRepository<Obligation, Long> {

	Optional<Obligation> findByPublicId(UUID publicId);

	List<Obligation> findByAgreementIdOrderByDueOnAscIdAsc(Long agreementId);

	/**
	 * Open obligations due by the day, of the agreements the reader may see (as in
	 * {@link AgreementRepository#search}), of a party, the soonest due first.
	 */
	@Query("""
			select o from Obligation o, Agreement a where a.id = o.agreementId
			and o.status = org.ortak.agreements.ObligationStatus.OPEN and o.dueOn <= :by
			and (:all = true or a.visibility = org.ortak.agreements.AgreementVisibility.PUBLIC
			     or exists (select 1 from Agreement k join k.coordinators c where k = a and c = :username)
			     or exists (select 1 from Agreement q join q.parties p where q = a and p in :own))
			and (:anyParty = true or o.organizationId = :party)
			order by o.dueOn, o.id""")
	Page<Obligation> open(LocalDate by, boolean all, String username, Collection<UUID> own, boolean anyParty,
			UUID party, Pageable page);

	/**
	 * Open, due by the day, not yet reminded of, of agreements in force: the reminders'
	 * work.
	 */
	@Query("""
			select o from Obligation o, Agreement a where a.id = o.agreementId
						and o.status = org.ortak.agreements.ObligationStatus.OPEN
						and o.dueOn >= :today and o.dueOn <= :by and o.remindedOn is null
						and a.status in (org.ortak.agreements.AgreementStatus.SIGNED, org.ortak.agreements.AgreementStatus.ACTIVE)""")
	List<Obligation> dueUnreminded(LocalDate today, LocalDate by);

}
