package org.ortak.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * An indicator as defined once: its names, unit, kind of value, aggregation rule and the
 * dimensions its values are broken down by. What it measures where is a {@link Target}.
 */
@Entity
@Table(name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String code;

	private String language;

	@ElementCollection
	@CollectionTable(name = "indicator_name", joinColumns = @JoinColumn(name = "indicator_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "name")
	private Map<String, String> names = new HashMap<>();

	@Column(name = "search_key")
	private String searchKey;

	private String description;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_type")
	private ValueType valueType;

	@Enumerated(EnumType.STRING)
	private Aggregation aggregation;

	@Enumerated(EnumType.STRING)
	private IndicatorSource source = IndicatorSource.ENTERED;

	@ElementCollection
	@CollectionTable(name = "indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "dimension")
	private Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Indicator() {
	}

	Indicator(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(IndicatorDraft draft, Instant now, String by) {
		this.code = draft.code();
		this.language = draft.names().keySet().iterator().next();
		this.names.keySet().retainAll(draft.names().keySet());
		this.names.putAll(draft.names());
		List<String> texts = new ArrayList<>(draft.names().values());
		texts.add(draft.code());
		this.searchKey = Text.matchKeyOf(texts, 1600);
		this.description = draft.description();
		this.unit = draft.unit();
		this.valueType = draft.valueType();
		this.aggregation = draft.aggregation();
		this.source = draft.source();
		this.dimensions.clear();
		this.dimensions.addAll(draft.dimensions());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	IndicatorSource source() {
		return this.source;
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	String code() {
		return this.code;
	}

	String language() {
		return this.language;
	}

	Map<String, String> names() {
		return this.names;
	}

	String description() {
		return this.description;
	}

	String unit() {
		return this.unit;
	}

	ValueType valueType() {
		return this.valueType;
	}

	Aggregation aggregation() {
		return this.aggregation;
	}

	Set<Dimension> dimensions() {
		return this.dimensions;
	}

	String createdBy() {
		return this.createdBy;
	}

}
