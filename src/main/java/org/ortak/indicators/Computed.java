package org.ortak.indicators;

import java.math.BigDecimal;
import java.util.List;

/** A computed indicator's figure as its source gives it now: the total and its parts. */
public record Computed(BigDecimal total, List<ValuePart> parts) {

}
