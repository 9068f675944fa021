package org.ortak.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.security.Actor;

/**
 * The register in figures, the "state of the sector" a directorate publishes: counts by
 * kind, sub-kind, status, region and founding year, and members and employees with the
 * women's share over the organizations that give both. Computed by the index's
 * aggregations over the same search as the lists, never by reading the rows.
 */
@Service
@Transactional(readOnly = true)
public class RegisterFigures {

	private static final int MAX_TERMS = 10_000;

	private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");

	private static final AggregationKey<Map<String, Long>> SUB_KINDS = AggregationKey.of("subKinds");

	private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of("statuses");

	private static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("regions");

	private static final AggregationKey<Map<String, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Long> MEMBERS = AggregationKey.of("members");

	private static final AggregationKey<Long> MEMBERS_WOMEN = AggregationKey.of("membersWomen");

	private static final AggregationKey<Long> MEMBERS_GIVEN = AggregationKey.of("membersGiven");

	private static final AggregationKey<Long> EMPLOYEES = AggregationKey.of("employees");

	private static final AggregationKey<Long> EMPLOYEES_WOMEN = AggregationKey.of("employeesWomen");

	private static final AggregationKey<Long> EMPLOYEES_GIVEN = AggregationKey.of("employeesGiven");

	private final OrganizationSearch search;

	private final Regions regions;

	RegisterFigures(OrganizationSearch search, Regions regions) {
		this.search = search;
		this.regions = regions;
	}

	/** A count of organizations under a label (a code, a region's name, a year). */
	public record Count(String key, String label, long organizations) {
	}

	/**
	 * People in the organizations that gave both figures: how many gave them, how many
	 * people, how many women.
	 */
	public record People(long organizations, long total, long women) {

		/** The women's share in per cent, or null when nobody gave both figures. */
		public Double womenShare() {
			return (this.total > 0) ? 100.0 * this.women / this.total : null;
		}

	}

	public record Figures(long organizations, List<Count> byKind, List<Count> bySubKind, List<Count> byStatus,
			List<Count> byRegion, List<Count> byFoundingYear, People members, People employees) {
	}

	/** The public register's figures: listed organizations only. */
	public Figures publicFigures(OrganizationQuery query) {
		return figures(query, true);
	}

	/** Every organization not archived, for those who keep the whole register. */
	public Figures registerFigures(OrganizationQuery query, Actor actor) {
		if (!RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
		return figures(query, false);
	}

	private Figures figures(OrganizationQuery query, boolean listedOnly) {
		OrganizationQuery all = new OrganizationQuery(query.q(), query.kind(), query.status(), query.region(),
				query.sector(), false, 0, 1, null);
		Organizations.checkQuery(all);
		Map<AggregationKey<Map<String, Long>>, String> terms = new LinkedHashMap<>();
		terms.put(KINDS, "kind");
		terms.put(SUB_KINDS, "subKind");
		terms.put(STATUSES, "status");
		terms.put(REGIONS, "regions");
		terms.put(YEARS, "founded_year");
		Map<AggregationKey<Long>, String> sums = Map.of(MEMBERS, "members_both_total", MEMBERS_WOMEN,
				"members_both_women", EMPLOYEES, "employees_both_total", EMPLOYEES_WOMEN, "employees_both_women");
		Map<AggregationKey<Long>, String> counts = Map.of(MEMBERS_GIVEN, "members_both_total", EMPLOYEES_GIVEN,
				"employees_both_total");
		SearchResult<Organization> result = this.search.aggregate(all, listedOnly, terms, sums, counts, MAX_TERMS);
		Locale locale = LocaleContextHolder.getLocale();
		return new Figures(result.total().hitCount(), coded(result.aggregation(KINDS)),
				coded(result.aggregation(SUB_KINDS)), coded(result.aggregation(STATUSES)),
				regions(result.aggregation(REGIONS), query.region(), locale), years(result.aggregation(YEARS)),
				new People(orZero(result.aggregation(MEMBERS_GIVEN)), orZero(result.aggregation(MEMBERS)),
						orZero(result.aggregation(MEMBERS_WOMEN))),
				new People(orZero(result.aggregation(EMPLOYEES_GIVEN)), orZero(result.aggregation(EMPLOYEES)),
						orZero(result.aggregation(EMPLOYEES_WOMEN))));
	}

	/** Codes, the largest first; their labels are the pages' business. */
	private static List<Count> coded(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> new Count(entry.getKey(), entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * The regions right inside the one asked for (the countries when none): each counts
	 * what lies in it and everything inside it.
	 */
	private List<Count> regions(Map<String, Long> counts, UUID within, Locale locale) {
		List<RegionView> shown = (within != null) ? this.regions.childrenOf(within)
				: this.regions.shortList(null).stream().filter((region) -> region.depth() == 0).toList();
		List<Count> byRegion = new ArrayList<>();
		for (RegionView region : shown) {
			long count = counts.getOrDefault(region.id().toString(), 0L);
			if (count > 0) {
				byRegion.add(new Count(region.id().toString(), region.name(locale), count));
			}
		}
		byRegion.sort(Comparator.comparingLong(Count::organizations).reversed().thenComparing(Count::label));
		return byRegion;
	}

	private static List<Count> years(Map<String, Long> counts) {
		Map<Integer, Long> byYear = new TreeMap<>();
		counts.forEach((year, count) -> byYear.put(Integer.valueOf(year), count));
		return byYear.entrySet()
			.stream()
			.map((entry) -> new Count(entry.getKey().toString(), entry.getKey().toString(), entry.getValue()))
			.toList();
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0L;
	}

}
