package org.ortak.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<AgendaSession, Long> {

	@Query("select s from AgendaSession s where s.eventId = :eventId order by s.position")
	List<AgendaSession> sessionsOf(Long eventId);

}
