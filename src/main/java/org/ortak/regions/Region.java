package org.ortak.regions;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.ortak.shared.i18n.Language;

/**
 * A place in the hierarchy, at any depth. Its path lists the public ids from the country
 * down to itself ({@code /country/voivodeship/powiat/gmina/}), so "this region and
 * everything in it" is a prefix. Its own name is how it is written where it is; its names
 * in the interface's languages are exonyms ("Turcja", "ترکیه").
 */
@Entity
@Table(name = "region")
@Audited
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Region parent;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	private String name;

	@ElementCollection
	@CollectionTable(name = "region_name", joinColumns = @JoinColumn(name = "region_id"))
	@MapKeyColumn(name = "language")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "name")
	private Map<Language, String> names = new HashMap<>();

	// every name folded, for the picker's "like"; follows the names, whose history is
	// kept
	@NotAudited
	@Column(name = "search_key")
	private String searchKey;

	@Column(name = "iso_code")
	private String isoCode;

	@Column(name = "national_code")
	private String nationalCode;

	// follows the parent, whose own change the history shows
	@NotAudited
	private String path;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Region() {
	}

	Region(Region parent, RegionLevel level, Instant now) {
		this.publicId = UUID.randomUUID();
		this.parent = parent;
		this.level = level;
		this.path = pathUnder(parent);
		this.createdAt = now;
		this.updatedAt = now;
	}

	private String pathUnder(Region parent) {
		return ((parent != null) ? parent.path : "/") + this.publicId + "/";
	}

	/** Names and codes, as the draft has them; true when a name changed. */
	boolean describe(RegionDraft draft, RegionLevel level, Instant now) {
		boolean renamed = !draft.name().equals(this.name) || !draft.names().equals(this.names);
		this.name = draft.name();
		// changed in place, so that the history records only the names that changed
		this.names.keySet().retainAll(draft.names().keySet());
		this.names.putAll(draft.names());
		this.searchKey = RegionSearchKeys.of(this.name, this.names.values());
		this.level = level;
		this.isoCode = draft.isoCode();
		this.nationalCode = draft.nationalCode();
		this.updatedAt = now;
		return renamed;
	}

	/**
	 * Moves under another parent, never inside itself; returns the old path.
	 */
	String moveUnder(Region newParent, Instant now) {
		String oldPath = this.path;
		this.parent = newParent;
		this.path = pathUnder(newParent);
		this.updatedAt = now;
		return oldPath;
	}

	/** Follows an ancestor's move. */
	void rebase(String oldPrefix, String newPrefix) {
		this.path = newPrefix + this.path.substring(oldPrefix.length());
	}

	boolean isWithin(Region other) {
		return this.path.startsWith(other.path);
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

	Region parent() {
		return this.parent;
	}

	RegionLevel level() {
		return this.level;
	}

	String name() {
		return this.name;
	}

	Map<Language, String> names() {
		return Collections.unmodifiableMap(this.names.isEmpty() ? this.names : new EnumMap<>(this.names));
	}

	String isoCode() {
		return this.isoCode;
	}

	String nationalCode() {
		return this.nationalCode;
	}

	String path() {
		return this.path;
	}

	/** 0 for a country, 1 for what is right inside it, and so on. */
	int depth() {
		return (int) this.path.chars().filter((c) -> c == '/').count() - 2;
	}

}
