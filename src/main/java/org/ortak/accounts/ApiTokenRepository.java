package org.ortak.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@EntityGraph(attributePaths = "user")
	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByPublicId(UUID publicId);

	List<ApiToken> findByUserOrderByCreatedAtDesc(User user);

}
