package org.ortak.events.photos;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.files.CheckedImage;

/**
 * A photo of an event's gallery: where its cleaned file and thumbnail are kept, its text
 * for who cannot see it, its caption, and the people it shows.
 */
@Entity
@Table(name = "event_photo")
class EventPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "event_id", nullable = false, updatable = false)
	private UUID eventId;

	@Column(name = "storage_key", nullable = false, updatable = false)
	private String storageKey;

	@Column(name = "thumbnail_key", nullable = false, updatable = false)
	private String thumbnailKey;

	@Column(name = "media_type", nullable = false, updatable = false)
	private String mediaType;

	private int width;

	private int height;

	@Column(name = "thumbnail_width")
	private int thumbnailWidth;

	@Column(name = "thumbnail_height")
	private int thumbnailHeight;

	@Column(name = "byte_size")
	private long byteSize;

	private String alt;

	private String caption;

	@Column(name = "nobody_recognisable")
	private boolean nobodyRecognisable;

	@ElementCollection
	@CollectionTable(name = "event_photo_person", joinColumns = @JoinColumn(name = "photo_id"))
	@Column(name = "person_id")
	private Set<UUID> people = new LinkedHashSet<>();

	@Column(name = "uploaded_at", updatable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", updatable = false)
	private String uploadedBy;

	protected EventPhoto() {
	}

	EventPhoto(UUID eventId, CheckedImage image, String storageKey, String thumbnailKey, Instant at, String by) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
		this.storageKey = storageKey;
		this.thumbnailKey = thumbnailKey;
		this.mediaType = image.mediaType();
		this.width = image.width();
		this.height = image.height();
		this.thumbnailWidth = image.thumbnailWidth();
		this.thumbnailHeight = image.thumbnailHeight();
		this.byteSize = image.content().length;
		this.uploadedAt = at;
		this.uploadedBy = by;
	}

	void describe(String alt, String caption, Set<UUID> people, boolean nobodyRecognisable) {
		this.alt = alt;
		this.caption = caption;
		this.nobodyRecognisable = nobodyRecognisable;
		this.people.clear();
		this.people.addAll(people);
	}

	void forget(UUID person) {
		this.people.remove(person);
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	UUID eventId() {
		return this.eventId;
	}

	String storageKey() {
		return this.storageKey;
	}

	String thumbnailKey() {
		return this.thumbnailKey;
	}

	String mediaType() {
		return this.mediaType;
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

	int thumbnailWidth() {
		return this.thumbnailWidth;
	}

	int thumbnailHeight() {
		return this.thumbnailHeight;
	}

	String alt() {
		return this.alt;
	}

	String caption() {
		return this.caption;
	}

	boolean nobodyRecognisable() {
		return this.nobodyRecognisable;
	}

	Set<UUID> people() {
		return Set.copyOf(this.people);
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

	String uploadedBy() {
		return this.uploadedBy;
	}

}
