package org.ortak.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ortak.shared.security.Actor;

/**
 * Finds what targets measure, for the module that owns them (plans, projects): one bean
 * per {@link SubjectKind}.
 */
public interface IndicatorSubjects {

	SubjectKind kind();

	/**
	 * The subjects as the actor may see them, by id; those there are none of, or hidden
	 * from the actor, are left out. In a bounded number of queries, whatever the count.
	 */
	Map<UUID, Subject> findAll(Collection<UUID> ids, Actor actor);

	/**
	 * What a computed indicator measuring the subject comes to now, for the sources the
	 * subject's module computes ({@link IndicatorSource#PARTICIPANTS} for projects);
	 * empty for the others.
	 */
	default Optional<Computed> compute(IndicatorSource source, UUID subjectId) {
		return Optional.empty();
	}

	/** The subject as the actor may see it; empty when there is none or it is hidden. */
	default Optional<Subject> find(UUID id, Actor actor) {
		return Optional.ofNullable(findAll(List.of(id), actor).get(id));
	}

}
