package org.ortak.indicators;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A value as entered for a period: its total, its parts by dimension, a comment and the
 * evidence (a link, or where the papers are kept).
 */
public record ValueEntry(BigDecimal amount, List<ValuePart> parts, String comment, String evidence) {

	static final int MAX_PARTS = 200;

	/** The largest figure kept: numeric(19, 4). */
	private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

	public ValueEntry {
		parts = (parts != null) ? parts.stream()
			.filter((p) -> p != null && (p.amount() != null || Text.clean(p.category()) != null))
			.map((p) -> new ValuePart(p.dimension(), Text.clean(p.category()), p.amount()))
			.toList() : List.of();
		comment = Text.clean(comment);
		evidence = Text.clean(evidence);
	}

	/**
	 * What is wrong with it for an indicator of the type and dimensions; {@code field}
	 * the prefix its fields are named under ("" on a form of one value, "entries[3]." in
	 * bulk).
	 */
	Violations check(Violations violations, String field, ValueType type, Set<Dimension> dimensions) {
		violations.required(field + "amount", this.amount);
		amount(violations, field + "amount", this.amount, type);
		violations.text(field + "comment", this.comment, true)
			.maxLength(field + "comment", this.comment, 2000)
			.line(field + "evidence", this.evidence, 1000);
		if (this.parts.size() > MAX_PARTS) {
			violations.add(field + "parts", "validation.tooMany", MAX_PARTS);
			return violations;
		}
		Map<Dimension, BigDecimal> sums = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.parts.size(); i++) {
			ValuePart part = this.parts.get(i);
			String name = field + "parts[" + i + "]";
			if (part.dimension() == null || !dimensions.contains(part.dimension())) {
				violations.add(name + ".dimension", "indicators.error.noSuchDimension");
				continue;
			}
			violations.required(name + ".category", part.category()).required(name + ".amount", part.amount());
			if (part.category() != null && !part.dimension().categories().isEmpty()
					&& !part.dimension().categories().contains(part.category())) {
				violations.add(name + ".category", "validation.badValue");
			}
			violations.line(name + ".category", part.category(), 40);
			if (part.category() != null && part.dimension() == Dimension.REGION && regionId(part.category()) == null) {
				violations.add(name + ".category", "validation.badValue");
			}
			if (part.category() != null && !seen.add(part.dimension() + "/" + part.category())) {
				violations.add(name + ".category", "indicators.error.partTwice");
			}
			amount(violations, name + ".amount", part.amount(), type);
			if (part.amount() != null) {
				sums.merge(part.dimension(), part.amount(), BigDecimal::add);
			}
		}
		if (type == ValueType.NUMBER && this.amount != null) {
			sums.forEach((dimension, sum) -> {
				if (sum.compareTo(this.amount) != 0) {
					// the dimension named in the reader's words
					violations.add(field + "parts", "indicators.error.partsDoNotAddUp",
							new DefaultMessageSourceResolvable(
									new String[] { "indicators.dimension." + dimension.name() }, dimension.name()),
							sum.stripTrailingZeros().toPlainString(), this.amount.stripTrailingZeros().toPlainString());
				}
			});
		}
		return violations;
	}

	/** A region's id as a category names it, or {@code null} when it names none. */
	static java.util.UUID regionId(String category) {
		try {
			return java.util.UUID.fromString(category);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whether a figure fits where figures are kept: numeric(19, 4). */
	static boolean fits(BigDecimal amount) {
		return amount.abs().compareTo(LIMIT) < 0;
	}

	/**
	 * A figure of the type: at most four decimals, a percentage 0 to 100, yes 1 or no 0.
	 */
	static void amount(Violations violations, String field, BigDecimal amount, ValueType type) {
		if (amount == null) {
			return;
		}
		if (!fits(amount) || amount.stripTrailingZeros().scale() > 4) {
			violations.add(field, "indicators.error.figure");
		}
		else if (type == ValueType.PERCENTAGE
				&& (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(100)) > 0)) {
			violations.add(field, "indicators.error.percentage");
		}
		else if (type == ValueType.YES_NO && amount.compareTo(BigDecimal.ZERO) != 0
				&& amount.compareTo(BigDecimal.ONE) != 0) {
			violations.add(field, "indicators.error.yesNo");
		}
	}

}
