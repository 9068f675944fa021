package org.ortak.shared.history;

import org.hibernate.envers.RevisionListener;

import org.ortak.shared.security.Actors;

/**
 * Writes who is acting, and through what, on each new revision.
 */
class RevisionStamp implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		((Revision) revision).stamp(Actors.current().username(), ChangeChannel.current());
	}

}
