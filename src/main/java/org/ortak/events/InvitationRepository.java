package org.ortak.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByPublicId(UUID publicId);

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("select i from Invitation i where i.eventId = :eventId order by i.invitedAt, i.id")
	List<Invitation> ofEvent(Long eventId);

	List<Invitation> findByPersonId(UUID personId);

}
