package org.ortak.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A news post: its texts by language, the event and organizations it is about, the people
 * it quotes; a draft until published.
 */
@Entity
@Table(name = "news_post")
class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String language;

	private String title;

	@Enumerated(EnumType.STRING)
	private PostStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "event_id")
	private UUID eventId;

	@ElementCollection
	@CollectionTable(name = "news_text", joinColumns = @JoinColumn(name = "post_id"))
	@MapKeyColumn(name = "language")
	private Map<String, PostText> texts = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "news_organization", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "organization_id")
	private Set<UUID> organizations = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "news_quote", joinColumns = @JoinColumn(name = "post_id"))
	@OrderColumn(name = "position")
	private List<Quote> quotes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "news_photo", joinColumns = @JoinColumn(name = "post_id"))
	@OrderColumn(name = "position")
	@Column(name = "photo_id")
	private List<UUID> photos = new ArrayList<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Post() {
	}

	Post(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.status = PostStatus.DRAFT;
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(PostDraft draft, List<Quote> quotes, Instant now, String by) {
		this.language = draft.languages().get(0);
		this.title = draft.texts().get(this.language).title();
		this.texts.clear();
		draft.texts()
			.forEach((language, text) -> this.texts.put(language,
					new PostText(text.title(), text.summary(), text.body())));
		this.eventId = draft.eventId();
		this.organizations.clear();
		this.organizations.addAll(draft.organizations());
		this.quotes.clear();
		this.quotes.addAll(quotes);
		this.photos.clear();
		this.photos.addAll(draft.photos());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Published once: a post published again keeps its first date. */
	void publish(Instant now, String by) {
		this.status = PostStatus.PUBLISHED;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void withdraw(Instant now, String by) {
		this.status = PostStatus.DRAFT;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** A quoted person's data was erased: what they said goes with it. */
	void forget(UUID personId) {
		this.quotes.removeIf((quote) -> quote.personId().equals(personId));
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

	String language() {
		return this.language;
	}

	PostStatus status() {
		return this.status;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	UUID eventId() {
		return this.eventId;
	}

	Map<String, PostText> texts() {
		return this.texts;
	}

	Set<UUID> organizations() {
		return this.organizations;
	}

	List<UUID> photos() {
		return List.copyOf(this.photos);
	}

	List<Quote> quotes() {
		return this.quotes;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
