package org.ortak.news;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

	Optional<Post> findByPublicId(UUID publicId);

	/** Published posts, newest first; or every post, for those who write them. */
	@Query("""
			select distinct p from Post p left join p.organizations o
			where (:drafts = true or p.status = org.ortak.news.PostStatus.PUBLISHED)
			and (:eventId is null or p.eventId = :eventId)
			and (:organizationId is null or o = :organizationId)
			order by p.publishedAt desc nulls first, p.id desc""")
	Page<Post> list(boolean drafts, UUID eventId, UUID organizationId, Pageable pageable);

	@Query("select distinct p from Post p join p.quotes q where q.personId = :personId")
	java.util.List<Post> quoting(UUID personId);

}
