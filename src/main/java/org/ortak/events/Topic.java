package org.ortak.events;

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
 * A topic of an event's agenda (one of the Kocaeli workshop's 8 headings), with what the
 * participants found and the recommendations or solution proposals that came of it.
 */
@Entity
@Table(name = "topic")
class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Column(name = "event_id", updatable = false)
	private Long eventId;

	private int position;

	private String title;

	private String description;

	private String findings;

	@ElementCollection
	@CollectionTable(name = "recommendation", joinColumns = @JoinColumn(name = "topic_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> recommendations = new ArrayList<>();

	protected Topic() {
	}

	Topic(Long eventId) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
	}

	void plan(int position, String title, String description) {
		this.position = position;
		this.title = title;
		this.description = description;
	}

	void record(String findings, List<String> recommendations) {
		this.findings = findings;
		this.recommendations.clear();
		this.recommendations.addAll(recommendations);
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	Long eventId() {
		return this.eventId;
	}

	int position() {
		return this.position;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	String findings() {
		return this.findings;
	}

	List<String> recommendations() {
		return this.recommendations;
	}

}
