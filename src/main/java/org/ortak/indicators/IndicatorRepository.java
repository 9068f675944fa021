package org.ortak.indicators;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	Optional<Indicator> findByPublicId(UUID publicId);

	/**
	 * Indicators whose code or a name holds the words (as {@code Text.matchKey} folds
	 * them).
	 */
	@Query("select i from Indicator i where i.searchKey like :words order by i.code nulls last, i.searchKey, i.id")
	Page<Indicator> search(String words, Pageable page);

}
