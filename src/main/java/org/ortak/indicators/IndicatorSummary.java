package org.ortak.indicators;

import java.util.Set;
import java.util.UUID;

/** An indicator in a list: its name in the reader's language where it has one. */
public record IndicatorSummary(UUID id, String code, String name, String nameLanguage, String unit, ValueType valueType,
		Aggregation aggregation, Set<Dimension> dimensions) {

}
