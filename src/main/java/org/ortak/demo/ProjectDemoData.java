package org.ortak.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.indicators.Aggregation;
import org.ortak.indicators.Dimension;
import org.ortak.indicators.Frequency;
import org.ortak.indicators.IndicatorDraft;
import org.ortak.indicators.IndicatorSource;
import org.ortak.indicators.Indicators;
import org.ortak.indicators.PeriodCalendar;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.TargetDraft;
import org.ortak.indicators.Targets;
import org.ortak.indicators.ValueType;
import org.ortak.people.Gender;
import org.ortak.projects.Funding;
import org.ortak.projects.Partner;
import org.ortak.projects.ProjectDraft;
import org.ortak.projects.ProjectStatus;
import org.ortak.projects.Projects;
import org.ortak.projects.TargetGroup;
import org.ortak.shared.security.Actor;

/**
 * The stories' two projects. The Azerbaijani society's: funded by the state agency for
 * NGOs, five months in Masallı and Astara, for 40 women in two groups of 20, its 12
 * events, and its expected results as indicators (the women trained counted from who
 * came). The Świętokrzyskie one: the ROPS's "Świętokrzyska Ekonomia Społeczna" under the
 * RPO WŚ 2014–2020 codes the story gives, with the sector's size (about 280 entities,
 * about 3,400 employed) as targets of indicators computed from the register. The stories
 * give neither budget nor start day; what stands in is said so.
 */
@Component
class ProjectDemoData {

	private final Projects projects;

	private final Indicators indicators;

	private final Targets targets;

	ProjectDemoData(Projects projects, Indicators indicators, Targets targets) {
		this.projects = projects;
		this.indicators = indicators;
		this.targets = targets;
	}

	void load(Map<String, UUID> organizations, Map<String, UUID> places, Map<String, UUID> held, Actor loader) {
		loadAzerbaijan(organizations, places, held, loader);
		loadSwietokrzyskie(organizations, places, held, loader);
	}

	private void loadAzerbaijan(Map<String, UUID> organizations, Map<String, UUID> places, Map<String, UUID> held,
			Actor loader) {
		UUID society = organizations.get("az-society");
		List<UUID> activities = new ArrayList<>();
		for (int i = 1; held.containsKey("az-activity-" + i); i++) {
			activities.add(held.get("az-activity-" + i));
		}
		String group = "Bələdiyyə seçkilərinə namizəd olmaq istəyən qadınlar";
		UUID project = this.projects
			.create(new ProjectDraft(null, texts("az",
					"Regionlarda qadın və qızların bələdiyyələrdə iştiraklarını genişləndirməklə gender bərabərliyinin "
							+ "təbliği",
					"en",
					"Promoting gender equality by widening the participation of women and girls in municipalities "
							+ "in the regions"),
					"5 ay müddətində Masallı və Astara rayonlarında həyata keçirilən layihə: hər rayonda 2 günlük 2 "
							+ "seminar-treninq və 2 günlük 1 görüş, cəmi 12 tədbir; 22 dekabr 2024-cü il bələdiyyə "
							+ "seçkilərində namizəd olacaq 40 qadın (2 qrup x 20 nəfər). Başlanğıc və son günlər "
							+ "nümunədir: layihə yalnız 5 aylıq müddətini bildirir.",
					"1. Region qadınlarının maarifləndirmə və məlumatlandırması — qadın və qızların inkişafına nail "
							+ "olmaq (namizədlərin özlərinə inamlarının artması).\n"
							+ "2. Seçkili orqanlarda qadın və qızların təmsilçiliklərinin artırılması — gender "
							+ "bərabərliyinə nail olmaq.",
					ProjectStatus.CLOSED, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 31), society,
					new Funding(organizations.get("az-agency"), null, null, null, null, null, null, null, null), null,
					null, List.of(), List.of(places.get("Masallı"), places.get("Astara")),
					List.of(new TargetGroup(group + " (Masallı)", 20, Gender.FEMALE, null, places.get("Masallı")),
							new TargetGroup(group + " (Astara)", 20, Gender.FEMALE, null, places.get("Astara"))),
					activities, List.of()), loader)
			.id();
		UUID trained = this.indicators
			.create(new IndicatorDraft("AZ-1",
					texts("az", "Maarifləndirilmiş namizəd qadınlar", "en", "Women candidates trained"),
					"Layihənin tədbirlərinə gələnlər, hər biri bir dəfə sayılır.", "nəfər", null, null, null,
					IndicatorSource.PARTICIPANTS), loader)
			.id();
		this.targets.attach(trained, SubjectKind.PROJECT, project,
				new TargetDraft(society, BigDecimal.ZERO, LocalDate.of(2024, 8, 1), new BigDecimal("40"),
						LocalDate.of(2024, 12, 31), Frequency.MONTH, PeriodCalendar.GREGORIAN),
				loader);
		UUID teams = this.indicators
			.create(new IndicatorDraft("AZ-2",
					texts("az", "Öz seçki komandasını formalaşdırmış namizədlər", "en",
							"Candidates who formed their campaign team"),
					null, "nəfər", ValueType.NUMBER, Aggregation.LAST, java.util.Set.of(Dimension.REGION),
					IndicatorSource.ENTERED), loader)
			.id();
		this.targets.attach(
				teams, SubjectKind.PROJECT, project, new TargetDraft(society, BigDecimal.ZERO, LocalDate.of(2024, 8, 1),
						new BigDecimal("40"), LocalDate.of(2024, 12, 31), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				loader);
	}

	private void loadSwietokrzyskie(Map<String, UUID> organizations, Map<String, UUID> places, Map<String, UUID> held,
			Actor loader) {
		UUID rops = organizations.get("pl-rops");
		List<UUID> activities = new ArrayList<>();
		for (String key : List.of("pl-meeting-2", "pl-site-visit")) {
			if (held.containsKey(key)) {
				activities.add(held.get(key));
			}
		}
		LocalDate start = LocalDate.of(2016, 1, 1);
		LocalDate end = LocalDate.of(2018, 12, 31);
		UUID project = this.projects.create(new ProjectDraft("RPSW.09.03.02",
				texts("pl", "Świętokrzyska Ekonomia Społeczna", "en", "Świętokrzyskie Social Economy"),
				"Projekt pozakonkursowy realizowany przez Regionalny Ośrodek Polityki Społecznej Urzędu "
						+ "Marszałkowskiego Województwa Świętokrzyskiego, współfinansowany ze środków Europejskiego "
						+ "Funduszu Społecznego. Dzień rozpoczęcia jest przykładem: opis podaje tylko koniec 2018 roku.",
				"Rozwój sektora ekonomii społecznej w zakresie kreowania nowych miejsc pracy poprzez upowszechnianie, "
						+ "promocję i budowanie współpracy międzysektorowej do końca 2018 roku.",
				ProjectStatus.CLOSED, start, end, rops,
				new Funding(null, "Europejski Fundusz Społeczny",
						"Regionalny Program Operacyjny Województwa Świętokrzyskiego na lata 2014-2020",
						"9 Włączenie społeczne i walka z ubóstwem",
						"9.3 Wspieranie ekonomii i przedsiębiorczości społecznej w celu ułatwienia dostępu do "
								+ "zatrudnienia",
						"9.3.2 Koordynacja działań na rzecz ekonomii społecznej (projekt pozakonkursowy)", null, null,
						null),
				null, null, List.of(new Partner(organizations.get("pl-sowes"), "OWES subregionu południowego")),
				List.of(places.get("Świętokrzyskie")), List.of(), activities, List.of()), loader)
			.id();
		UUID entities = this.indicators
			.create(new IndicatorDraft("ES-1",
					texts("pl", "Organizacje sektora w rejestrze", "en", "Organizations of the sector in the register"),
					"Liczone z rejestru: organizacje niearchiwalne.", "podmioty", null, null, null,
					IndicatorSource.ORGANIZATIONS), loader)
			.id();
		this.targets.attach(entities, SubjectKind.PROJECT, project, new TargetDraft(rops, BigDecimal.ZERO, start,
				new BigDecimal("280"), end, Frequency.YEAR, PeriodCalendar.GREGORIAN), loader);
		UUID employed = this.indicators
			.create(new IndicatorDraft("ES-2",
					texts("pl", "Pracownicy organizacji sektora", "en",
							"People employed by the sector's organizations"),
					"Liczone z rejestru.", "osoby", null, null, null, IndicatorSource.EMPLOYEES), loader)
			.id();
		this.targets.attach(employed, SubjectKind.PROJECT, project, new TargetDraft(rops, BigDecimal.ZERO, start,
				new BigDecimal("3400"), end, Frequency.YEAR, PeriodCalendar.GREGORIAN), loader);
	}

	private static Map<String, String> texts(String... pairs) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			texts.put(pairs[i], pairs[i + 1]);
		}
		return texts;
	}

}
