package org.ortak.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesRepository extends JpaRepository<Series, Long> {

	Optional<Series> findByPublicId(UUID publicId);

	List<Series> findAllByOrderByName();

}
