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

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	Optional<Agreement> findByPublicId(UUID publicId);

	/**
	 * The agreements the reader may see ({@code all}: every one; otherwise the public,
	 * those they keep and those of the organizations they manage) whose title holds the
	 * words (as {@code Text.matchKey} folds them), of a kind and status, with a party, in
	 * a network, and (when {@code ending}) in force and ending between the two days;
	 * ending soonest first when asked for the ending, else the latest started first.
	 */
	@Query("""
			select a from Agreement a
			where (:all = true or a.visibility = org.ortak.agreements.AgreementVisibility.PUBLIC
			       or exists (select 1 from Agreement k join k.coordinators c where k = a and c = :username)
			       or exists (select 1 from Agreement o join o.parties p where o = a and p in :own))
			and a.titleKey like :words
			and (:kind is null or a.kind = :kind)
			and (:status is null or a.status = :status)
			and (:anyParty = true or exists (select 1 from Agreement q join q.parties p where q = a and p = :party))
			and (:anyNetwork = true or a.networkId = :network)
			and (:ending = false or (a.endsOn >= :from and a.endsOn <= :to
			     and a.status in (org.ortak.agreements.AgreementStatus.SIGNED, org.ortak.agreements.AgreementStatus.ACTIVE)))
			order by case when :ending = true then a.endsOn end, a.startsOn desc nulls last, a.title, a.id""")
	Page<Agreement> search(boolean all, String username, Collection<UUID> own, String words, AgreementKind kind,
			AgreementStatus status, boolean anyParty, UUID party, boolean anyNetwork, UUID network, boolean ending,
			LocalDate from, LocalDate to, Pageable page);

	/** In force, ending by the day, not yet reminded of: the reminders' work. */
	@Query("""
			select a from Agreement a where a.endsOn >= :today and a.endsOn <= :by and a.endRemindedOn is null
			and a.status in (org.ortak.agreements.AgreementStatus.SIGNED, org.ortak.agreements.AgreementStatus.ACTIVE)""")
	List<Agreement> endingUnreminded(LocalDate today, LocalDate by);

	/** Signed or active but past their end: the daily job expires them. */
	@Query("""
			select a from Agreement a where a.endsOn < :today
			and a.status in (org.ortak.agreements.AgreementStatus.SIGNED, org.ortak.agreements.AgreementStatus.ACTIVE)""")
	List<Agreement> pastTheirEnd(LocalDate today);

	/**
	 * Parties of the agreements past their draft, in force some day between the two, that
	 * the reader may see (as in {@link #search}): agreement id, title, organization.
	 */
	@Query("""
			select a.publicId, a.title, p from Agreement a join a.parties p
			where a.status <> org.ortak.agreements.AgreementStatus.DRAFT
			and (a.startsOn is null or a.startsOn <= :to) and (a.endsOn is null or a.endsOn >= :from)
			and (:all = true or a.visibility = org.ortak.agreements.AgreementVisibility.PUBLIC
			     or exists (select 1 from Agreement k join k.coordinators c where k = a and c = :username)
			     or exists (select 1 from Agreement o join o.parties q where o = a and q in :own))""")
	List<Object[]> parties(LocalDate from, LocalDate to, boolean all, String username, Collection<UUID> own);

}
