package org.ortak.projects;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ortak.events.AttendanceChanged;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.Targets;

/**
 * Who came to an activity changed: the participants of the projects it belongs to are
 * counted again (after the change is committed, and after a restart when it was not).
 */
@Component
class ProjectAttendance {

	private final ProjectRepository projects;

	private final Targets targets;

	ProjectAttendance(ProjectRepository projects, Targets targets) {
		this.projects = projects;
		this.targets = targets;
	}

	@ApplicationModuleListener
	void on(AttendanceChanged changed) {
		List<java.util.UUID> ids = this.projects.findByEvent(changed.eventId())
			.stream()
			.map(Project::publicId)
			.toList();
		this.targets.refresh(SubjectKind.PROJECT, ids);
	}

}
