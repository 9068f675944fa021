package org.ortak.events;

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

/**
 * A recommendation of an event adopted into an item of a plan or a project: its words as
 * they were then, what took it up (named and linked as it was then, and whether the
 * public may see it), and the action item it became.
 */
@Entity
@Table(name = "recommendation_adoption")
class Adoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "topic_id")
	private Long topicId;

	private Integer position;

	private String recommendation;

	@Enumerated(EnumType.STRING)
	@Column(name = "into_kind")
	private AdoptedInto intoKind;

	@Column(name = "into_id")
	private UUID intoId;

	@Column(name = "into_title")
	private String intoTitle;

	@Column(name = "into_link")
	private String intoLink;

	private boolean shown;

	@Column(name = "action_id")
	private Long actionId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected Adoption() {
	}

	Adoption(Topic topic, int position, Adoptions.Into into, Long actionId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.eventId = topic.eventId();
		this.topicId = topic.id();
		this.position = position;
		this.recommendation = topic.recommendations().get(position);
		this.intoKind = into.kind();
		this.intoId = into.id();
		this.intoTitle = into.title();
		this.intoLink = into.link();
		this.shown = into.shown();
		this.actionId = actionId;
		this.createdAt = now;
		this.createdBy = by;
	}

	/** An action item linked to what it serves, with the topic it has, if any. */
	Adoption(ActionItem action, Adoptions.Into into, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.eventId = action.eventId();
		this.topicId = action.topicId();
		this.intoKind = into.kind();
		this.intoId = into.id();
		this.intoTitle = into.title();
		this.intoLink = into.link();
		this.shown = into.shown();
		this.actionId = action.id();
		this.createdAt = now;
		this.createdBy = by;
	}

	UUID publicId() {
		return this.publicId;
	}

	Long eventId() {
		return this.eventId;
	}

	Long topicId() {
		return this.topicId;
	}

	Integer position() {
		return this.position;
	}

	String recommendation() {
		return this.recommendation;
	}

	AdoptedInto intoKind() {
		return this.intoKind;
	}

	UUID intoId() {
		return this.intoId;
	}

	String intoTitle() {
		return this.intoTitle;
	}

	String intoLink() {
		return this.intoLink;
	}

	boolean shown() {
		return this.shown;
	}

	Long actionId() {
		return this.actionId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
