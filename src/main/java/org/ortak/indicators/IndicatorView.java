package org.ortak.indicators;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An indicator's definition: its names by language, the one the reader reads, and whether
 * the reader may change it.
 */
public record IndicatorView(UUID id, long version, String code, String language, Map<String, String> names, String name,
		String nameLanguage, String description, String unit, ValueType valueType, Aggregation aggregation,
		Set<Dimension> dimensions, IndicatorSource source, boolean editable) {

}
