package org.ortak.regions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByPublicId(UUID publicId);

	List<Region> findByPublicIdIn(Collection<UUID> publicIds);

	@Query("select r from Region r where r.path like concat(:path, '%') and r.path <> :path")
	List<Region> findDescendants(String path);

	@Query("select r from Region r order by r.path")
	List<Region> findAllByPath();

	boolean existsByParentAndNameIgnoreCase(Region parent, String name);

	boolean existsByParentIsNullAndNameIgnoreCase(String name);

	long countByParent(Region parent);

}
