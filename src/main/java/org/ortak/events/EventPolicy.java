package org.ortak.events;

import java.util.Collection;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * Who may read and keep which event. Admins and coordinators plan and keep every event;
 * an organization's managers those it organizes; the accounts assigned to an event keep
 * it and alone (with admins) see its registrants. A public event anyone reads; an
 * internal one only those who work on it.
 */
final class EventPolicy {

	private EventPolicy() {
	}

	static boolean readsAll(Actor actor) {
		return actor.isAdmin() || actor.roles().contains(Role.COORDINATOR);
	}

	static boolean mayPlanAny(Actor actor) {
		return readsAll(actor) || (actor.roles().contains(Role.ORG_MANAGER) && !actor.organizationIds().isEmpty());
	}

	/** Whether the actor may plan an event with these organizations. */
	static boolean mayPlan(Actor actor, Collection<EventDraft.Participation> organizations) {
		return readsAll(actor) || (actor.roles().contains(Role.ORG_MANAGER) && organizations.stream()
			.anyMatch((o) -> organizes(o.role()) && actor.organizationIds().contains(o.organizationId())));
	}

	static boolean mayKeep(Actor actor, Event event) {
		return readsAll(actor) || assigned(actor, event)
				|| (actor.roles().contains(Role.ORG_MANAGER) && event.organizations()
					.stream()
					.anyMatch((o) -> organizes(o.role()) && actor.organizationIds().contains(o.organizationId())));
	}

	static boolean mayRead(Actor actor, Event event) {
		return event.isPublic() || mayKeep(actor, event)
				|| (actor.isSignedIn() && event.organizations()
					.stream()
					.anyMatch((o) -> actor.organizationIds().contains(o.organizationId())));
	}

	/** Registrants' personal data: admins and the event's own coordinators. */
	static boolean seesRegistrants(Actor actor, Event event) {
		return actor.isAdmin() || assigned(actor, event);
	}

	static boolean assigned(Actor actor, Event event) {
		return actor.isSignedIn() && event.coordinators().contains(actor.username());
	}

	private static boolean organizes(OrganizationRole role) {
		return role == OrganizationRole.ORGANIZER || role == OrganizationRole.CO_ORGANIZER;
	}

}
