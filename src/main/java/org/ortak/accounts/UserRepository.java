package org.ortak.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsernameKey(String usernameKey);

	default Optional<User> findByUsername(String username) {
		return findByUsernameKey(UserNames.key(username));
	}

	Optional<User> findByPublicId(UUID publicId);

	boolean existsByUsernameKey(String usernameKey);

	default boolean existsByUsername(String username) {
		return existsByUsernameKey(UserNames.key(username));
	}

	List<User> findAllByOrderByUsername();

	List<User> findTop5ByEmailIgnoreCase(String email);

	@Query("select u from User u join u.organizationIds o where o = :organizationId")
	List<User> findManagersOf(UUID organizationId);

}
