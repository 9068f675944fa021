package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * What the public map reads from the index: each organization's point as precisely as it
 * chose to be shown (none when it shows only its region), its cell at every level of
 * {@link MapGrid}, and its id, name and kind for a marker. Written only for points the
 * public may see, so the map can never show more than the directory.
 */
public class MapFields implements TypeBinder {

	static final String ID = "map_id";

	static final String NAME = "map_name";

	static final String KIND = "map_kind";

	static final String LATITUDE = "map_lat";

	static final String LONGITUDE = "map_lon";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("publicId").use("name").use("kind").use("coordinates").use("locationPrecision");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<String> id = schema
			.field(ID, (f) -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		IndexFieldReference<String> name = schema
			.field(NAME, (f) -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		IndexFieldReference<String> kind = schema
			.field(KIND, (f) -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		IndexFieldReference<Double> latitude = schema
			.field(LATITUDE, (f) -> f.asDouble().projectable(Projectable.YES).aggregable(Aggregable.YES))
			.toReference();
		IndexFieldReference<Double> longitude = schema
			.field(LONGITUDE, (f) -> f.asDouble().projectable(Projectable.YES).aggregable(Aggregable.YES))
			.toReference();
		List<IndexFieldReference<Long>> cells = new ArrayList<>();
		for (int level = MapGrid.MIN_LEVEL; level <= MapGrid.MAX_LEVEL; level++) {
			cells.add(schema
				.field(MapGrid.cellField(level), (f) -> f.asLong().aggregable(Aggregable.YES).searchable(Searchable.NO))
				.toReference());
		}
		context.bridge(Organization.class, new Bridge(id, name, kind, latitude, longitude, cells));
	}

	private record Bridge(IndexFieldReference<String> id, IndexFieldReference<String> name,
			IndexFieldReference<String> kind, IndexFieldReference<Double> latitude,
			IndexFieldReference<Double> longitude,
			List<IndexFieldReference<Long>> cells) implements TypeBridge<Organization> {

		@Override
		public void write(DocumentElement target, Organization organization, TypeBridgeWriteContext context) {
			Coordinates point = organization.locationPrecision().shown(organization.coordinates());
			if (point == null) {
				return;
			}
			target.addValue(this.id, organization.publicId().toString());
			target.addValue(this.name, organization.name());
			target.addValue(this.kind, organization.kind().name());
			target.addValue(this.latitude, point.latitude());
			target.addValue(this.longitude, point.longitude());
			for (int i = 0; i < this.cells.size(); i++) {
				target.addValue(this.cells.get(i),
						MapGrid.cell(point.latitude(), point.longitude(), MapGrid.MIN_LEVEL + i));
			}
		}

	}

}
