package org.ortak.organizations;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

	Optional<Subscription> findByConfirmHash(String confirmHash);

	Optional<Subscription> findByUnsubscribeToken(String unsubscribeToken);

	/** Confirmed subscriptions whose last digest is older than {@code before}. */
	@Query("select s from Subscription s where s.confirmedAt is not null and s.lastDigestAt < :before order by s.id")
	Slice<Subscription> findDue(Instant before, Pageable pageable);

	/**
	 * Unconfirmed subscriptions older than {@code before}: forgotten, with their address.
	 */
	@Query("delete from Subscription s where s.confirmedAt is null and s.createdAt < :before")
	@org.springframework.data.jpa.repository.Modifying
	int deleteUnconfirmedBefore(Instant before);

}
