package org.ortak.indicators;

import java.util.Optional;
import java.util.UUID;

import org.ortak.shared.security.Actor;

/**
 * Finds what targets measure, for the module that owns them (plans, projects): one bean
 * per {@link SubjectKind}.
 */
public interface IndicatorSubjects {

	SubjectKind kind();

	/** The subject as the actor may see it; empty when there is none or it is hidden. */
	Optional<Subject> find(UUID id, Actor actor);

}
