package org.ortak.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptsRepository extends JpaRepository<Attempts, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Attempts a where a.subject = ?1")
	Optional<Attempts> findForUpdate(String subject);

	List<Attempts> findBySubjectIn(Collection<String> subjects);

}
