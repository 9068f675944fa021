package org.ortak.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeriesRepository extends JpaRepository<Series, Long> {

	Optional<Series> findByPublicId(UUID publicId);

	List<Series> findAllByOrderByName();

	@Query("""
			select s from Series s where exists (select e.id from Event e where e.series = s
			and e.visibility = org.ortak.events.Visibility.PUBLIC) order by s.name""")
	List<Series> findPublic();

}
