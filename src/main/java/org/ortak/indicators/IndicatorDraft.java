package org.ortak.indicators;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * An indicator as written on its form or sent by a client: code, names by language code
 * (the first the one it was written in), description, unit, kind of value, aggregation
 * rule, dimensions and source. A computed one is a number whose latest value counts,
 * broken down as its source gives it.
 */
public record IndicatorDraft(String code, Map<String, String> names, String description, String unit,
		ValueType valueType, Aggregation aggregation, Set<Dimension> dimensions, IndicatorSource source) {

	public IndicatorDraft {
		code = Text.clean(code);
		names = Text.cleanTexts(names);
		description = Text.clean(description);
		unit = Text.clean(unit);
		Set<Dimension> kept = EnumSet.noneOf(Dimension.class);
		if (dimensions != null) {
			dimensions.stream().filter((d) -> d != null).forEach(kept::add);
		}
		dimensions = kept;
		source = (source != null) ? source : IndicatorSource.ENTERED;
		if (source.computed()) {
			valueType = ValueType.NUMBER;
			aggregation = Aggregation.LAST;
			dimensions = source.dimensions();
		}
	}

	Violations check() {
		Violations violations = new Violations().line("code", this.code, 40);
		if (this.names.isEmpty()) {
			violations.add("names", "indicators.error.nameRequired");
		}
		for (Map.Entry<String, String> name : this.names.entrySet()) {
			if (!Language.isCode(name.getKey())) {
				violations.add("names", "validation.badValue");
			}
			else {
				violations.line("names[" + name.getKey() + "]", name.getValue(), 300);
			}
		}
		violations.text("description", this.description, true)
			.maxLength("description", this.description, 5000)
			.line("unit", this.unit, 60)
			.required("valueType", this.valueType)
			.required("aggregation", this.aggregation);
		if (this.valueType == ValueType.YES_NO && !this.dimensions.isEmpty()) {
			violations.add("dimensions", "indicators.error.yesNoParts");
		}
		if (this.valueType != ValueType.NUMBER && this.aggregation == Aggregation.SUM) {
			violations.add("aggregation", "indicators.error.sumOfNumbers");
		}
		return violations;
	}

}
