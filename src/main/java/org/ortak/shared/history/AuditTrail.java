package org.ortak.shared.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.ortak.shared.InvalidInput;

/**
 * Reads a record's history a page at a time from its audit table, and tells what changed
 * by comparing each state with the one before it. Two queries a page, whatever the page
 * size: the count, and the page's states with the one just before them.
 */
public final class AuditTrail {

	public static final int MAX_SIZE = 100;

	private AuditTrail() {
	}

	/** A recorded state of a record and the revision that wrote it. */
	public record Snapshot<T>(T state, Revision revision, RevisionType type) {
	}

	/**
	 * A page's states, newest first, followed by the state just before the oldest of them
	 * when there is one.
	 */
	public record Window<T>(List<Snapshot<T>> snapshots, int page, int size, long total) {

		/** The newest revision of the page, or 0 for an empty page. */
		public long newestRevision() {
			return this.snapshots.isEmpty() ? 0 : this.snapshots.get(0).revision().id();
		}

		/** The revisions of the window's states. */
		public List<Long> revisions() {
			return this.snapshots.stream().map((snapshot) -> snapshot.revision().id()).toList();
		}

	}

	/** The states of the record with this (internal) id that a page shows. */
	@SuppressWarnings("unchecked")
	public static <T> Window<T> read(EntityManager entityManager, Class<T> type, Object id, int page, int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_SIZE);
		}
		if (page < 0 || (long) page * size > Integer.MAX_VALUE - MAX_SIZE) {
			throw InvalidInput.of("page", "validation.range", 0, (Integer.MAX_VALUE - MAX_SIZE) / size);
		}
		AuditReader reader = AuditReaderFactory.get(entityManager);
		long total = ((Number) reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addProjection(AuditEntity.revisionNumber().count())
			.getSingleResult()).longValue();
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setFirstResult(page * size)
			.setMaxResults(size + 1)
			.getResultList();
		List<Snapshot<T>> snapshots = rows.stream()
			.map((row) -> new Snapshot<>((T) row[0], (Revision) row[1], (RevisionType) row[2]))
			.toList();
		return new Window<>(snapshots, page, size, total);
	}

	/**
	 * The page of history: one entry per revision of the window, with the fields that
	 * differ from the state before.
	 * @param fields a state's visible fields, by the names the API uses, in the order to
	 * show them
	 * @param by who made a change when the revision does not say (work without a
	 * signed-in user)
	 */
	public static <T> HistoryPage history(Window<T> window, Function<Snapshot<T>, Map<String, Object>> fields,
			Function<Snapshot<T>, String> by, Map<String, String> names) {
		List<Snapshot<T>> snapshots = window.snapshots();
		int shown = Math.min(window.size(), snapshots.size());
		List<Map<String, Object>> states = new ArrayList<>(snapshots.size());
		snapshots.forEach((snapshot) -> states.add(fields.apply(snapshot)));
		List<HistoryEntry> entries = new ArrayList<>(shown);
		for (int i = 0; i < shown; i++) {
			Snapshot<T> snapshot = snapshots.get(i);
			Map<String, Object> before = (i + 1 < states.size()) ? states.get(i + 1) : null;
			HistoryEntry.Kind kind = switch (snapshot.type()) {
				case ADD -> HistoryEntry.Kind.CREATED;
				case DEL -> HistoryEntry.Kind.DELETED;
				default -> HistoryEntry.Kind.CHANGED;
			};
			List<FieldChange> changes = (kind == HistoryEntry.Kind.DELETED) ? List.of()
					: changes(before, states.get(i));
			Revision revision = snapshot.revision();
			String who = (revision.changedBy() != null) ? revision.changedBy() : by.apply(snapshot);
			entries.add(new HistoryEntry(revision.id(), revision.changedAt(), who, revision.channel(),
					revision.importId(), kind, changes));
		}
		return new HistoryPage(entries, window.page(), window.size(), window.total(), names);
	}

	/** What differs; everything that has a value when nothing came before. */
	static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, Object> field : after.entrySet()) {
			Object from = (before != null) ? before.get(field.getKey()) : null;
			if (!Objects.equals(from, field.getValue())) {
				changes.add(new FieldChange(field.getKey(), from, field.getValue()));
			}
		}
		return changes;
	}

	/**
	 * An audited element collection's contents at each revision asked for, replayed from
	 * its audit rows in revision order: each row is {@code [rev, revtype, element...]},
	 * adding or removing one element.
	 */
	public static <E> Map<Long, List<E>> replay(List<Object[]> rows, Collection<Long> revisions,
			Function<Object[], E> element, Comparator<E> order) {
		List<Long> asked = revisions.stream().sorted().toList();
		Map<Long, List<E>> contents = new HashMap<>();
		Set<E> current = new LinkedHashSet<>();
		int next = 0;
		for (Object[] row : rows) {
			long revision = ((Number) row[0]).longValue();
			while (next < asked.size() && asked.get(next) < revision) {
				contents.put(asked.get(next++), sorted(current, order));
			}
			if (((Number) row[1]).intValue() == RevisionType.DEL.getRepresentation()) {
				current.remove(element.apply(row));
			}
			else {
				current.add(element.apply(row));
			}
		}
		while (next < asked.size()) {
			contents.put(asked.get(next++), sorted(current, order));
		}
		return contents;
	}

	private static <E> List<E> sorted(Set<E> elements, Comparator<E> order) {
		return elements.stream().sorted(order).toList();
	}

	/** A map that keeps the order fields are put in, for {@code fields} functions. */
	public static Map<String, Object> fields() {
		return new LinkedHashMap<>();
	}

}
