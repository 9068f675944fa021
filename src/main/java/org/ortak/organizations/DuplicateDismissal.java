package org.ortak.organizations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A coordinator's word that two organizations alike are different ones: the pair is not
 * offered as duplicates again.
 */
@Entity
@Table(name = "duplicate_dismissal")
class DuplicateDismissal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "first_id")
	private UUID firstId;

	@Column(name = "second_id")
	private UUID secondId;

	@Column(name = "dismissed_by")
	private String dismissedBy;

	@Column(name = "dismissed_at")
	private Instant dismissedAt;

	protected DuplicateDismissal() {
	}

	DuplicateDismissal(UUID firstId, UUID secondId, String by, Instant at) {
		this.firstId = firstId;
		this.secondId = secondId;
		this.dismissedBy = by;
		this.dismissedAt = at;
	}

}
