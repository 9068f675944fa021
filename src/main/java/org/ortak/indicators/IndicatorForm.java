package org.ortak.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the indicator form binds to: names by language code, and the rest of it. */
record IndicatorForm(String code, Map<String, String> names, String description, String unit, ValueType valueType,
		Aggregation aggregation, Set<Dimension> dimensions, IndicatorSource source, Long version) {

	IndicatorForm {
		names = (names != null) ? new LinkedHashMap<>(names) : new LinkedHashMap<>();
		dimensions = (dimensions != null) ? dimensions : Set.of();
	}

	static IndicatorForm empty() {
		return new IndicatorForm(null, null, null, null, ValueType.NUMBER, Aggregation.SUM, null,
				IndicatorSource.ENTERED, null);
	}

	static IndicatorForm of(IndicatorView indicator) {
		return new IndicatorForm(indicator.code(), indicator.names(), indicator.description(), indicator.unit(),
				indicator.valueType(), indicator.aggregation(), indicator.dimensions(), indicator.source(),
				indicator.version());
	}

	IndicatorDraft draft() {
		return new IndicatorDraft(this.code, this.names, this.description, this.unit, this.valueType, this.aggregation,
				this.dimensions, this.source);
	}

}
