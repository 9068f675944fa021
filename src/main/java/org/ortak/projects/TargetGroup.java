package org.ortak.projects;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.ortak.people.Gender;

/**
 * Whom a project is for: a group with its planned size and, where it is one, its gender,
 * age band and region. The disaggregation of the project's planned reach is its groups'.
 */
@Embeddable
public record TargetGroup(String name, @Column(name = "planned_size") Integer plannedSize,
		@Enumerated(EnumType.STRING) Gender gender, @Column(name = "age_band") String ageBand,
		@Column(name = "region_id") UUID regionId) {

}
