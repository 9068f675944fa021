package org.ortak.projects;

import org.ortak.shared.security.Actor;

/**
 * Who may do what with projects. Admins and coordinators make them; admins and a
 * project's coordinators keep it (its activities, its expected results, approving their
 * values); anyone reads a project past its draft; a draft is read by its keepers and the
 * managers of the organizations carrying it out.
 */
final class ProjectPolicy {

	private ProjectPolicy() {
	}

	static boolean mayMake(Actor actor) {
		return actor.isAdmin() || actor.coordinatorName() != null;
	}

	static boolean keeps(Actor actor, Project project) {
		return actor.isAdmin()
				|| (actor.coordinatorName() != null && project.coordinators().contains(actor.coordinatorName()));
	}

	static boolean mayRead(Actor actor, Project project) {
		return project.status() != ProjectStatus.DRAFT || keeps(actor, project)
				|| project.carriers().stream().anyMatch(actor.managedOrganizationIds()::contains);
	}

}
