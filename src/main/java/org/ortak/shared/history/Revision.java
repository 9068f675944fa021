package org.ortak.shared.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited records: when, who and through what. Every
 * module's audit tables refer to it, so it lives here.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "changed_by")
	private String changedBy;

	@Enumerated(EnumType.STRING)
	private ChangeChannel channel;

	// written by an import's own SQL; Envers' revisions leave it empty
	@Column(name = "import_id", updatable = false)
	private UUID importId;

	protected Revision() {
	}

	void stamp(String changedBy, ChangeChannel channel) {
		this.changedBy = changedBy;
		this.channel = channel;
	}

	public long id() {
		return this.id;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	/** The acting user's name; empty for the system's own work. */
	public String changedBy() {
		return this.changedBy;
	}

	public ChangeChannel channel() {
		return this.channel;
	}

	/** The import that made the change, when one did. */
	public UUID importId() {
		return this.importId;
	}

}
