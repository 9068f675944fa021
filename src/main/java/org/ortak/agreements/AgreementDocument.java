package org.ortak.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A PDF kept with an agreement (the signed text, an annex), stored as it came. */
@Entity
@Table(name = "agreement_document")
class AgreementDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Column(name = "agreement_id", updatable = false)
	private Long agreementId;

	private String title;

	@Column(name = "storage_key", updatable = false)
	private String storageKey;

	@Column(name = "size_bytes", updatable = false)
	private long sizeBytes;

	private int pages;

	@Column(name = "uploaded_at", updatable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", updatable = false)
	private String uploadedBy;

	protected AgreementDocument() {
	}

	AgreementDocument(Long agreementId, String title, String storageKey, long sizeBytes, int pages, Instant now,
			String by) {
		this.publicId = UUID.randomUUID();
		this.agreementId = agreementId;
		this.title = title;
		this.storageKey = storageKey;
		this.sizeBytes = sizeBytes;
		this.pages = pages;
		this.uploadedAt = now;
		this.uploadedBy = by;
	}

	UUID publicId() {
		return this.publicId;
	}

	Long agreementId() {
		return this.agreementId;
	}

	String title() {
		return this.title;
	}

	String storageKey() {
		return this.storageKey;
	}

	long sizeBytes() {
		return this.sizeBytes;
	}

	int pages() {
		return this.pages;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

	String uploadedBy() {
		return this.uploadedBy;
	}

}
