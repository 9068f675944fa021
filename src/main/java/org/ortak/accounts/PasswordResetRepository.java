package org.ortak.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

	@EntityGraph(attributePaths = "user")
	Optional<PasswordReset> findByTokenHash(String tokenHash);

	/** Locked, so that two posts of the same link cannot both use it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PasswordReset r join fetch r.user where r.tokenHash = ?1")
	Optional<PasswordReset> findForUpdate(String tokenHash);

	List<PasswordReset> findByUserAndUsedAtIsNull(User user);

}
