package org.ortak.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VenueRepository extends JpaRepository<Venue, Long> {

	Optional<Venue> findByPublicId(UUID publicId);

	@Query("select v from Venue v where :key = '' or v.nameKey like concat('%', :key, '%') order by v.nameKey")
	List<Venue> search(String key, Pageable pageable);

}
