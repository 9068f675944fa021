package org.ortak.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A session of an event's programme: when, where, on which topic, who moderates and
 * speaks, which organizations present.
 */
@Entity
@Table(name = "agenda_session")
class AgendaSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Column(name = "event_id", updatable = false)
	private Long eventId;

	private int position;

	private String title;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String room;

	@Column(name = "topic_id")
	private Long topicId;

	@ElementCollection
	@CollectionTable(name = "session_person", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<SessionPerson> people = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "session_organization", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@Column(name = "organization_id")
	private List<UUID> organizations = new ArrayList<>();

	protected AgendaSession() {
	}

	AgendaSession(Long eventId) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
	}

	void plan(int position, String title, Instant startsAt, Instant endsAt, String room, Long topicId,
			List<SessionPerson> people, List<UUID> organizations) {
		this.position = position;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.room = room;
		this.topicId = topicId;
		this.people.clear();
		this.people.addAll(people);
		this.organizations.clear();
		this.organizations.addAll(organizations);
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	int position() {
		return this.position;
	}

	String title() {
		return this.title;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	String room() {
		return this.room;
	}

	Long topicId() {
		return this.topicId;
	}

	List<SessionPerson> people() {
		return this.people;
	}

	List<UUID> organizations() {
		return this.organizations;
	}

}
