package org.ortak.organizations;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.NonStaticMetamodelScope;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * The register's full-text index: one query with words and filters. What keeps the index
 * in agreement with the database is {@link org.ortak.shared.search.SearchIndex}.
 */
@Component
class OrganizationSearch {

	private final EntityManager entityManager;

	OrganizationSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Organizations matching the query, restricted to {@code onlyIds} when not null.
	 */
	SearchResult<Organization> search(OrganizationQuery query, Set<UUID> onlyIds) {
		return search(query, onlyIds, false);
	}

	/**
	 * Organizations matching the query; only those the public directory lists, when
	 * {@code listedOnly}.
	 */
	SearchResult<Organization> search(OrganizationQuery query, Set<UUID> onlyIds, boolean listedOnly) {
		return query(query, onlyIds, listedOnly).fetch(query.page() * query.size(), query.size());
	}

	/** The query itself, for reading every hit a chunk at a time (open data). */
	SearchQuery<Organization> query(OrganizationQuery query, Set<UUID> onlyIds, boolean listedOnly) {
		SearchSession session = Search.session(this.entityManager);
		return session.search(Organization.class).where(where(query, onlyIds, listedOnly)).sort((f) -> {
			String sort = (query.sort() != null) ? query.sort() : ((query.q() != null) ? "relevance" : "name");
			boolean descending = sort.startsWith("-") || sort.endsWith(",desc");
			String field = sort.replaceFirst("^-", "").replaceFirst(",(asc|desc)$", "");
			return switch (field) {
				case "name" -> descending ? f.field("name_sort").desc() : f.field("name_sort").asc();
				case "founded" -> descending ? f.field("foundedOn").desc().missing().last()
						: f.field("foundedOn").asc().missing().last();
				case "updated" -> descending ? f.field("updatedAt").desc() : f.field("updatedAt").asc();
				case "members" -> descending ? f.field("members_total").desc().missing().last()
						: f.field("members_total").asc().missing().last();
				default -> f.score().then().field("name_sort");
			};
		}).toQuery();
	}

	/**
	 * The words and filters of a search, as the register's list and the directory ask
	 * them.
	 */
	static BiConsumer<TypedSearchPredicateFactory<NonStaticMetamodelScope>, SimpleBooleanPredicateClausesCollector<NonStaticMetamodelScope, ?>> where(
			OrganizationQuery query, Set<UUID> onlyIds, boolean listedOnly) {
		return (f, root) -> {
			root.add(f.matchAll());
			if (listedOnly) {
				root.add(f.match().field("listed").matching(true));
				root.add(f.match().field("archived").matching(false));
			}
			if (query.q() != null) {
				// every word must match one field; how each field reads a word is
				// SearchAnalysis's rule
				var words = f.simpleQueryString()
					.field("name")
					.boost(4f)
					.fields("name_pl", "name_tr")
					.boost(2f)
					.fields("name_prefix", "name_other")
					// the public reads the address only as it is shown
					.fields(listedOnly ? "public_address" : "address",
							listedOnly ? "public_address_other" : "address_other")
					.fields("description", "description_other", "description_pl", "description_tr",
							"certifications.name")
					// the names of its region and those around it, in every language
					.fields("places", "places_other")
					.matching(query.q())
					.defaultOperator(BooleanOperator.AND);
				String registryKey = Organization.registryKey(query.q());
				var numbers = f.or(f.match().field("registryKey").matching(registryKey),
						f.match().field("identifiers").matching(registryKey));
				// an acronym typed as it is written (LÖSEV, ROPS) ranks first: a constant
				// score,
				// since few organizations have one and its rarity would otherwise weigh
				// little
				var acronym = f.match().field("shortName").matching(query.q()).constantScore().boost(50f);
				root.add(registryKey.isEmpty() ? f.or(words, acronym) : f.or(words, numbers, acronym));
			}
			if (onlyIds != null) {
				root.add(f.terms().field("publicId").matchingAny(onlyIds));
			}
			if (query.kind() != null) {
				root.add(f.match().field("kind").matching(query.kind()));
			}
			if (query.status() != null) {
				root.add(f.match().field("status").matching(query.status()));
			}
			if (query.region() != null) {
				root.add(f.match().field("regionPath").matching(query.region().toString()));
			}
			if (query.sector() != null) {
				root.add(f.match().field("sectors").matching(query.sector()));
			}
			if (!query.includeArchived()) {
				root.add(f.match().field("archived").matching(false));
			}
		};
	}

	/**
	 * How the organizations a search finds are spread: counts by each of {@code terms}'s
	 * fields (at most {@code maxTerms} values each), sums and counts of values of numeric
	 * fields. Computed by the index, never by reading the rows.
	 */
	SearchResult<Organization> aggregate(OrganizationQuery query, boolean listedOnly,
			Map<AggregationKey<Map<String, Long>>, String> terms, Map<AggregationKey<Long>, String> sums,
			Map<AggregationKey<Long>, String> counts, int maxTerms) {
		SearchSession session = Search.session(this.entityManager);
		var step = session.search(Organization.class).where(where(query, null, listedOnly));
		for (Map.Entry<AggregationKey<Map<String, Long>>, String> entry : terms.entrySet()) {
			step = step.aggregation(entry.getKey(),
					(f) -> f.terms().field(entry.getValue(), String.class, ValueModel.STRING).maxTermCount(maxTerms));
		}
		for (Map.Entry<AggregationKey<Long>, String> entry : sums.entrySet()) {
			step = step.aggregation(entry.getKey(), (f) -> f.sum().field(entry.getValue(), Long.class));
		}
		for (Map.Entry<AggregationKey<Long>, String> entry : counts.entrySet()) {
			step = step.aggregation(entry.getKey(), (f) -> f.count().field(entry.getValue()));
		}
		return step.fetch(0);
	}

	/** Sorts this search accepts, for the API's description and the list page. */
	static final List<String> SORTS = List.of("relevance", "name", "-name", "founded", "-founded", "members",
			"-members", "updated", "-updated");

}
