package org.ortak.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsernameIgnoreCase(String username);

	Optional<User> findByPublicId(UUID publicId);

	boolean existsByUsernameIgnoreCase(String username);

	List<User> findAllByOrderByUsername();

}
