package org.ortak.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ValueRepository extends JpaRepository<IndicatorValue, Long> {

	Optional<IndicatorValue> findByPublicId(UUID publicId);

	/**
	 * The target a value is of, read without loading the value (see
	 * {@link TargetRepository#ofTarget}).
	 */
	@Query("select v.targetId from IndicatorValue v where v.publicId = :publicId")
	Optional<Long> targetOf(UUID publicId);

	/** Every revision of a target's values, by period then revision. */
	List<IndicatorValue> findByTargetIdOrderByPeriodStartAscPeriodCodeAscRevisionAsc(Long targetId);

	/** The values of the targets that end by the day, in the order of their periods. */
	List<IndicatorValue> findByTargetIdInAndPeriodEndLessThanEqualOrderByPeriodStartAscPeriodCodeAscRevisionAsc(
			java.util.Collection<Long> targetIds, java.time.LocalDate day);

	/** The latest revision of the target's value for the period, if any. */
	Optional<IndicatorValue> findFirstByTargetIdAndPeriodCodeOrderByRevisionDesc(Long targetId, String periodCode);

	/**
	 * Values of the targets: every status of the {@code open} ones, the approved and
	 * superseded of the {@code closed} ones; in a period's code when given; latest period
	 * first. Neither list may be empty.
	 */
	@Query("""
			select v from IndicatorValue v
			where (v.targetId in :open or (v.targetId in :closed and v.status in
			       (org.ortak.indicators.ValueStatus.APPROVED, org.ortak.indicators.ValueStatus.SUPERSEDED)))
			and (:period is null or v.periodCode = :period)
			order by v.periodStart desc, v.targetId, v.revision desc""")
	Page<IndicatorValue> of(Collection<Long> open, Collection<Long> closed, String period, Pageable page);

}
