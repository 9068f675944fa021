package org.ortak.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByPublicId(UUID publicId);

	List<Person> findByPublicIdIn(Collection<UUID> publicIds);

	/**
	 * The person a registration or a new entry is the same as: same name, same e-mail.
	 */
	Optional<Person> findFirstByNameKeyAndEmailKeyOrderById(String nameKey, String emailKey);

	@Query("""
			select p from Person p where p.erasedAt is null
			and (:key = '' or p.nameKey like concat('%', :key, '%') or p.emailKey = :email)
			order by p.nameKey, p.id""")
	Page<Person> search(String key, String email, Pageable pageable);

}
