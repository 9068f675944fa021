package org.ortak.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the item form binds to: its parent, titles by language code, the rest of the item,
 * and a row per responsible organization (empty ones offered for adding).
 */
record ItemForm(UUID parentId, Integer position, String code, Map<String, String> titles, String description,
		ItemStatus status, boolean example, LocalDate startsOn, LocalDate endsOn, List<Agency> agencies, Long version) {

	static final int EMPTY_ROWS = 2;

	static final int MAX_ROWS = ItemDraft.MAX_AGENCIES + EMPTY_ROWS;

	ItemForm {
		titles = (titles != null) ? new LinkedHashMap<>(titles) : new LinkedHashMap<>();
		List<Agency> rows = new ArrayList<>();
		if (agencies != null) {
			agencies.forEach((row) -> rows.add((row != null) ? row : new Agency(null, null, null)));
		}
		long empty = rows.stream().filter(ItemForm::isEmpty).count();
		for (long i = empty; i < EMPTY_ROWS; i++) {
			rows.add(new Agency(null, null, null));
		}
		agencies = rows;
	}

	private static boolean isEmpty(Agency row) {
		return row.organizationId() == null && (row.duty() == null || row.duty().isBlank());
	}

	static ItemForm under(UUID parentId) {
		return new ItemForm(parentId, null, null, null, null, ItemStatus.PLANNED, false, null, null, null, null);
	}

	static ItemForm of(ItemView item) {
		return new ItemForm(item.parentId(), item.position(), item.code(), item.titles(), item.description(),
				item.status(), item.example(), item.startsOn(), item.endsOn(),
				item.agencies().stream().map((a) -> new Agency(a.organizationId(), a.role(), a.duty())).toList(),
				item.version());
	}

	ItemDraft draft() {
		return new ItemDraft(this.parentId, this.position, this.code, this.titles, this.description, this.status,
				this.example, this.startsOn, this.endsOn, this.agencies.stream().filter((a) -> !isEmpty(a)).toList());
	}

}
