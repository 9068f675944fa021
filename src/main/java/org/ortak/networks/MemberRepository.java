package org.ortak.networks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

	Optional<Member> findByPublicId(UUID publicId);

	@Query("select m from Member m where m.networkId = :networkId order by m.id")
	List<Member> ofNetwork(Long networkId);

	@Query("select m from Member m where m.networkId in :networkIds and m.organizationId is not null order by m.id")
	List<Member> organizationsOf(Collection<Long> networkIds);

	List<Member> findByOrganizationIdIn(Collection<UUID> organizationIds);

	List<Member> findByNetworkIdAndOrganizationId(Long networkId, UUID organizationId);

	List<Member> findByNetworkIdAndPersonId(Long networkId, UUID personId);

	List<Member> findByPersonId(UUID personId);

	/** How many organizations each network has as members on the day. */
	@Query("""
			select m.networkId, count(m) from Member m
			where m.networkId in :networkIds and m.organizationId is not null
			and (m.joinedOn is null or m.joinedOn <= :day) and (m.leftOn is null or m.leftOn >= :day)
			group by m.networkId""")
	List<Object[]> countOrganizations(Collection<Long> networkIds, java.time.LocalDate day);

	/** Organization members between the days: network id, name, organization, role. */
	@org.springframework.data.jpa.repository.Query("""
			select n.publicId, n.name, m.organizationId, m.role from Member m, Network n
			where n.id = m.networkId and m.organizationId is not null
			and (m.joinedOn is null or m.joinedOn <= :to) and (m.leftOn is null or m.leftOn >= :from)""")
	List<Object[]> organizationLinks(java.time.LocalDate from, java.time.LocalDate to);

}
