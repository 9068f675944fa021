package org.ortak.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TargetRepository extends JpaRepository<Target, Long> {

	Optional<Target> findByPublicId(UUID publicId);

	/** The target, locked until the transaction ends: its values change one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Target t where t.publicId = :publicId")
	Optional<Target> lockByPublicId(UUID publicId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Target t where t.id = :id")
	Optional<Target> lockById(Long id);

	@Query("select t from Target t where t.subjectKind = :kind and t.subjectId in :subjects order by t.id")
	List<Target> ofSubjects(SubjectKind kind, Collection<UUID> subjects);

	List<Target> findByIndicatorIdOrderById(Long indicatorId);

	boolean existsByIndicatorId(Long indicatorId);

	/**
	 * The targets of indicators computed from one of the sources, by id: each is then
	 * locked and read afresh, never changed from a copy read before its lock.
	 */
	@Query("select t.id from Target t, Indicator i where i.id = t.indicatorId and i.source in :sources order by t.id")
	List<Long> computedFrom(Collection<IndicatorSource> sources);

	/** The targets of the subjects whose indicators are computed, by id, as above. */
	@Query("""
			select t.id from Target t, Indicator i where i.id = t.indicatorId
			and i.source <> org.ortak.indicators.IndicatorSource.ENTERED
			and t.subjectKind = :kind and t.subjectId in :subjects order by t.id""")
	List<Long> computedOf(SubjectKind kind, Collection<UUID> subjects);

	/**
	 * What a target is of, read without loading it: a change locks it before it loads it,
	 * and a copy loaded before the lock would be stale after it.
	 */
	@Query("select t.indicatorId as indicatorId, t.subjectKind as subjectKind, t.subjectId as subjectId "
			+ "from Target t where t.publicId = :publicId")
	Optional<Of> ofTarget(UUID publicId);

	/** What a target is of: its indicator and its subject. */
	interface Of {

		Long getIndicatorId();

		SubjectKind getSubjectKind();

		UUID getSubjectId();

	}

	long countBySubjectKindAndSubjectId(SubjectKind kind, UUID subjectId);

}
