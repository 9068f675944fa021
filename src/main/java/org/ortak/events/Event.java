package org.ortak.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An event, planned to followed up. Its times are instants with the venue's time zone
 * beside them; its texts are kept in each language they were written in.
 */
@Entity
@Table(name = "event")
class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String language;

	private String title;

	@Column(name = "search_key")
	private String searchKey;

	@ElementCollection
	@CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
	@MapKeyColumn(name = "language")
	private Map<String, EventText> texts = new HashMap<>();

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "venue_id")
	private Venue venue;

	@Column(name = "region_id")
	private UUID regionId;

	@Column(name = "region_path")
	private String regionPath;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@Enumerated(EnumType.STRING)
	private EventFormat format;

	@Column(name = "meeting_link")
	private String meetingLink;

	private Integer capacity;

	@Column(name = "registration_open")
	private boolean registrationOpen;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "series_id")
	private Series series;

	private Integer edition;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "prepares_id")
	private Event prepares;

	@ElementCollection
	@CollectionTable(name = "event_organization", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<EventOrganization> organizations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_coordinator", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "username")
	private Set<String> coordinators = new LinkedHashSet<>();

	private boolean cancelled;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Event() {
	}

	Event(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	/**
	 * Takes what the draft says, with its references resolved by the service: times as
	 * instants, the venue, series and the event it prepares.
	 */
	void apply(EventDraft draft, Instant startsAt, Instant endsAt, ZoneId zone, Venue venue, String regionPath,
			Series series, Integer edition, Event prepares, String searchKey, Instant now, String by) {
		this.kind = draft.kind();
		this.language = draft.languages().get(0);
		this.title = draft.titles().get(this.language);
		this.texts.clear();
		draft.titles()
			.forEach((code, title) -> this.texts.put(code, new EventText(title, draft.descriptions().get(code))));
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.timeZone = zone.getId();
		this.startsOn = startsAt.atZone(zone).toLocalDate();
		this.endsOn = endsAt.atZone(zone).toLocalDate();
		this.venue = venue;
		this.regionId = (draft.regionId() != null) ? draft.regionId() : ((venue != null) ? venue.regionId() : null);
		this.regionPath = regionPath;
		this.visibility = draft.visibility();
		this.format = draft.format();
		this.meetingLink = draft.meetingLink();
		this.capacity = draft.capacity();
		this.registrationOpen = draft.registrationOpen();
		this.series = series;
		this.edition = edition;
		this.prepares = prepares;
		this.organizations.clear();
		draft.organizations()
			.forEach((o) -> this.organizations.add(new EventOrganization(o.organizationId(), o.role())));
		this.coordinators.clear();
		this.coordinators.addAll(draft.coordinators());
		this.searchKey = searchKey;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void cancel(Instant now, String by) {
		this.cancelled = true;
		this.registrationOpen = false;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Whether someone may register now: open, not cancelled, not over. */
	boolean takesRegistrations(Instant now) {
		return this.registrationOpen && !this.cancelled && now.isBefore(this.endsAt);
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

	EventKind kind() {
		return this.kind;
	}

	String language() {
		return this.language;
	}

	String title() {
		return this.title;
	}

	Map<String, EventText> texts() {
		return this.texts;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	Venue venue() {
		return this.venue;
	}

	UUID regionId() {
		return this.regionId;
	}

	Visibility visibility() {
		return this.visibility;
	}

	boolean isPublic() {
		return this.visibility == Visibility.PUBLIC;
	}

	EventFormat format() {
		return this.format;
	}

	String meetingLink() {
		return this.meetingLink;
	}

	Integer capacity() {
		return this.capacity;
	}

	boolean registrationOpen() {
		return this.registrationOpen;
	}

	Series series() {
		return this.series;
	}

	Integer edition() {
		return this.edition;
	}

	Event prepares() {
		return this.prepares;
	}

	List<EventOrganization> organizations() {
		return this.organizations;
	}

	Set<String> coordinators() {
		return this.coordinators;
	}

	boolean cancelled() {
		return this.cancelled;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
