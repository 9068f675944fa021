package org.ortak.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the value form binds to: the period, the total, a row per category of each of the
 * indicator's fixed dimensions (left blank when not broken down), comment and evidence.
 */
record ValueForm(String period, BigDecimal amount, List<ValuePart> parts, String comment, String evidence,
		Long version) {

	ValueForm {
		parts = (parts != null) ? parts : List.of();
	}

	/** An empty form with a row for each category of the dimensions. */
	static ValueForm empty(String period, Set<Dimension> dimensions) {
		List<ValuePart> rows = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (dimensions.contains(dimension)) {
				dimension.categories().forEach((category) -> rows.add(new ValuePart(dimension, category, null)));
			}
		}
		return new ValueForm(period, null, rows, null, null, null);
	}

	ValueEntry entry() {
		return new ValueEntry(this.amount, this.parts.stream().filter((p) -> p != null && p.amount() != null).toList(),
				this.comment, this.evidence);
	}

}
