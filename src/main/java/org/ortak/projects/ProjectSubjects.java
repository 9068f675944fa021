package org.ortak.projects;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.ortak.indicators.Computed;
import org.ortak.indicators.IndicatorSource;
import org.ortak.indicators.IndicatorSubjects;
import org.ortak.indicators.Subject;
import org.ortak.indicators.SubjectKind;
import org.ortak.shared.security.Actor;

/** Projects as what indicators' targets measure, and what their participants come to. */
@Component
class ProjectSubjects implements IndicatorSubjects {

	private final ObjectProvider<Projects> projects;

	ProjectSubjects(ObjectProvider<Projects> projects) {
		// Projects reads targets, and targets read projects through this
		this.projects = projects;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.PROJECT;
	}

	@Override
	public Map<UUID, Subject> findAll(Collection<UUID> ids, Actor actor) {
		return this.projects.getObject().subjects(ids, actor);
	}

	@Override
	public Optional<Computed> compute(IndicatorSource source, UUID subjectId) {
		return this.projects.getObject().compute(source, subjectId);
	}

}
