package org.ortak.networks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A step of a network's road map: what, by when, and where it stands. */
@Embeddable
public record Milestone(String title, @Column(name = "due_on") LocalDate dueOn,
		@Enumerated(EnumType.STRING) MilestoneStatus status) {

}
