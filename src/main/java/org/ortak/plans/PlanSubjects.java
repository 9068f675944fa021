package org.ortak.plans;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.indicators.IndicatorSubjects;
import org.ortak.indicators.Subject;
import org.ortak.indicators.SubjectKind;
import org.ortak.shared.security.Actor;

/** Items of plans as what indicators' targets measure. */
@Component
class PlanSubjects implements IndicatorSubjects {

	private final org.springframework.beans.factory.ObjectProvider<Plans> plans;

	PlanSubjects(org.springframework.beans.factory.ObjectProvider<Plans> plans) {
		// Plans reads targets, and targets read plans' items through this
		this.plans = plans;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.PLAN_ITEM;
	}

	@Override
	public Map<UUID, Subject> findAll(Collection<UUID> ids, Actor actor) {
		return this.plans.getObject().subjects(ids, actor);
	}

}
