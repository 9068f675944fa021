package org.ortak.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.NonStaticMetamodelScope;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

import org.ortak.organizations.MapGrid.Box;
import org.ortak.organizations.PublicMap.Cluster;
import org.ortak.organizations.PublicMap.Point;

/**
 * The public map's questions to the index: the listed organizations of a view counted per
 * cell of its grid by a terms aggregation on the stored cell fields, with the mean point
 * of each cell; or, when a view holds few, their points read from the index alone.
 */
@Component
class MapSearch {

	/** A view with at most this many organizations shows each of them. */
	static final int POINTS = 200;

	/** Cells answered at most, the fullest first (a view of 64 × 64 cells is 4,096). */
	private static final int MAX_CELLS = 4_096;

	private static final AggregationKey<Map<Long, Cluster>> CELLS = AggregationKey.of("cells");

	private static final double ROUNDING = 100_000;

	private final EntityManager entityManager;

	MapSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	PublicMap map(OrganizationQuery query, Box box, int zoom) {
		SearchSession session = Search.session(this.entityManager);
		int level = MapGrid.level(box, zoom);
		BiConsumer<TypedSearchPredicateFactory<NonStaticMetamodelScope>, SimpleBooleanPredicateClausesCollector<NonStaticMetamodelScope, ?>> filters = OrganizationSearch
			.where(query, null, true);
		BiConsumer<TypedSearchPredicateFactory<NonStaticMetamodelScope>, SimpleBooleanPredicateClausesCollector<NonStaticMetamodelScope, ?>> inView = (
				f, root) -> {
			filters.accept(f, root);
			root.add(f.range().field(MapFields.LATITUDE).between(box.south(), box.north()));
			root.add(f.range().field(MapFields.LONGITUDE).between(box.west(), box.east()));
		};
		SearchResult<Organization> counted = session.search(Organization.class)
			.where(inView)
			.aggregation(CELLS, (f) -> f.terms()
				.field(MapGrid.cellField(level), Long.class)
				.value(f.composite()
					.from(f.count().documents(), f.avg().field(MapFields.LATITUDE, Double.class),
							f.avg().field(MapFields.LONGITUDE, Double.class))
					.as((count, latitude, longitude) -> new Cluster(rounded(latitude), rounded(longitude), count)))
				.maxTermCount(MAX_CELLS))
			.fetch(0);
		long total = counted.total().hitCount();
		if (total <= POINTS) {
			List<Point> points = session.search(Organization.class)
				.select((f) -> f.composite()
					.from(f.field(MapFields.ID, String.class), f.field(MapFields.NAME, String.class),
							f.field(MapFields.KIND, String.class), f.field(MapFields.LATITUDE, Double.class),
							f.field(MapFields.LONGITUDE, Double.class))
					.asArray((values) -> new Point(UUID.fromString((String) values[0]), (String) values[1],
							OrganizationKind.valueOf((String) values[2]), (Double) values[3], (Double) values[4])))
				.where(inView)
				.sort((f) -> f.field("name_sort"))
				.fetchHits(POINTS);
			return new PublicMap(zoom, total, List.of(), points);
		}
		List<Cluster> clusters = new ArrayList<>(counted.aggregation(CELLS).values());
		clusters.sort(Comparator.comparingLong(Cluster::count).reversed());
		return new PublicMap(zoom, total, clusters, List.of());
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * ROUNDING) / ROUNDING;
	}

}
